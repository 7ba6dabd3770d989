# The static front end, served by nginx. Built from the repository root:
#   docker build -f web/web.Dockerfile web
# Docker then reads web/web.Dockerfile.dockerignore instead of a .dockerignore.
FROM nginx:1.27-alpine
COPY public/ /usr/share/nginx/html/
EXPOSE 80
CMD nginx -g "daemon off;"
