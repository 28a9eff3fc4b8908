# Builds the runnable jar and runs it on a JRE; used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/conflict-ledger-*.jar /app.jar

FROM eclipse-temurin:17-jre
COPY --from=build /app.jar /app.jar
EXPOSE 8080
# the JVM flags of pom.xml's service.jvm.options (README "Memory"): peak RSS stays under 600 MB
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-Xms128m", "-Xmx320m", "-Xss512k", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=80m", "-XX:MaxDirectMemorySize=64m", "-jar", "/app.jar"]
