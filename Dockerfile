# shequn without a local Java: docker build -t shequn . && docker run --rm -v "$PWD:/work" shequn run ...
# Build stage: Maven + JDK 17 build the distribution (experiments/target/shequn-VERSION).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package -pl sim-core,viz,experiments \
 && cp -r experiments/target/shequn-*/ /opt/shequn

# Run stage: the distribution on a Java 17 runtime; output folders are written under /work.
FROM eclipse-temurin:17-jre
COPY --from=build /opt/shequn /opt/shequn
RUN ln -s /opt/shequn/bin/shequn /usr/local/bin/shequn
WORKDIR /work
ENTRYPOINT ["shequn"]
CMD ["--help"]
