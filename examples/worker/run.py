from worker import serve

if __name__ == "__main__":
    serve(port=8080)
