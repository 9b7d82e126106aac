# One image recipe for the four services: docker build --build-arg SERVICE=ingest-service -t ogi/ingest-service .
# Stage 1 builds the service (and the contracts module it needs) with the Maven Wrapper; stage 2 is a small JRE
# image running the Quarkus fast-jar as a non-root user.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY contracts contracts
COPY service-support service-support
COPY test-support test-support
COPY ingest-service ingest-service
COPY parse-service parse-service
COPY audit-service audit-service
COPY query-service query-service
COPY benchmarks/pom.xml benchmarks/pom.xml
COPY local-stack/pom.xml local-stack/pom.xml
RUN ./mvnw -B -ntp -q -pl ${SERVICE} -am package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
ARG SERVICE
# Two malloc arenas keep native memory small (BENCHMARKS.md, Memory); the JVM settings come from deploy/jvm below.
ENV LANG=C.UTF-8 \
    MALLOC_ARENA_MAX=2
# A CJK font for the PDF audit reports of query-service (embedded in each PDF).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 1001 ogi && useradd --system --uid 1001 --gid ogi --home /app ogi
WORKDIR /app
# The JVM settings, in one place for the images, the local stack and Kubernetes (deploy/jvm/service.options, then
# the service's own file if it has one), as a Java argument file.
COPY deploy/jvm/ /tmp/jvm/
RUN cat /tmp/jvm/service.options $(ls /tmp/jvm/${SERVICE}.options 2>/dev/null) > /app/jvm.options && rm -r /tmp/jvm
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/lib/ lib/
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/*.jar ./
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/app/ app/
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/quarkus/ quarkus/
USER 1001
EXPOSE 8080
# JAVA_OPTS: a site's overrides, after the image's settings so they win.
ENTRYPOINT ["sh", "-c", "exec java @/app/jvm.options $JAVA_OPTS -Dquarkus.http.host=0.0.0.0 -jar /app/quarkus-run.jar"]
