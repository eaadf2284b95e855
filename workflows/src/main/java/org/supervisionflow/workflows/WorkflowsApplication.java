package org.supervisionflow.workflows;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The workflow engine: Camunda 7 running the report lifecycle of every assignment. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkflowsApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkflowsApplication.class, args);
    }
}
