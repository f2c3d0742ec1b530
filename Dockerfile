# Apotheca in a container: built from this clone, run as an unprivileged user.
# Not exercised in this project's CI (its machines have no Docker); see README, "Containers".

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system apotheca \
    && useradd --system --gid apotheca --home-dir /var/lib/apotheca apotheca \
    && mkdir -p /var/lib/apotheca \
    && chown apotheca:apotheca /var/lib/apotheca
COPY --from=build /src/bootstrap/target/apotheca.jar /opt/apotheca/apotheca.jar
USER apotheca
ENV PORT=8080 APOTHECA_DATA_DIR=/var/lib/apotheca
VOLUME /var/lib/apotheca
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/apotheca/apotheca.jar"]
