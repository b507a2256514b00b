# Reactive HSS image: docker build -t reactive-hss .
# Stage 1 builds the shaded jar with Maven; stage 2 runs it on a JRE 17 as a non-root user.
# Needs Docker Hub. Without a Docker engine or registry: container/build-image.sh (docs/container.md).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 hss && useradd --system --uid 10001 --gid hss --home-dir /app hss
WORKDIR /app
COPY --from=build /src/target/hss.jar /app/hss.jar
COPY conf/hss.yaml /app/conf/hss.yaml
# The embedded PostgreSQL (development only) keeps its data here; Kubernetes uses an external database
RUN mkdir -p /app/data && chown hss:hss /app/data
USER 10001:10001
# Diameter (TCP and SCTP) and HTTP (provisioning API, /metrics, /health)
EXPOSE 3868/tcp 3868/sctp 8080/tcp
ENTRYPOINT ["java", "-jar", "/app/hss.jar"]
