# The cable portal served by gunicorn. Build: docker build -t cable-portal .
# Migrate once per release:  docker run --rm -e DATABASE_URL=... -e SECRET_KEY=... cable-portal \
#     sh -c 'python manage.py migrate && python manage.py createcachetable'
# Serve:                     docker run -p 8000:8000 -e DATABASE_URL=... -e SECRET_KEY=... -e ALLOWED_HOSTS=... cable-portal
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    WEB_CONCURRENCY=3

WORKDIR /app

# Dependencies in their own layer: rebuilt only when requirements.txt changes.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .

# collectstatic needs settings but no database: a throwaway key and URL are enough here.
RUN SECRET_KEY=build-only DATABASE_URL=postgres://build@localhost/build \
    python manage.py collectstatic --noinput \
 && useradd --system --uid 10001 --home-dir /app portal

USER portal
EXPOSE 8000
# gunicorn.conf.py: bind $HOST:$PORT, $WEB_CONCURRENCY workers, a statement timeout.
CMD ["gunicorn", "--config", "gunicorn.conf.py"]
