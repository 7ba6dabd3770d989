from flask import Flask


def create_app():
    app = Flask(__name__)

    @app.get("/status")
    def status():
        return {"message": "ok"}

    return app
