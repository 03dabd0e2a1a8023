# The staff console's image (module console), built by deploy/docker/build-images like the services'. Kept here, with
# the deployment, so the console module stays as it is.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21
ENV LANGUAGE='en_US:en' TZ=Europe/Prague
COPY --chown=185 console/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 console/target/quarkus-app/*.jar /deployments/
COPY --chown=185 console/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 console/target/quarkus-app/quarkus/ /deployments/quarkus/
EXPOSE 8080
USER 185
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -XX:MaxRAMPercentage=75"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
