package org.daftar.app;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.daftar.app.cli.CommandLine;
import org.daftar.app.config.DaftarProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Starts Daftar. Without arguments, or with only Spring options such as
 * {@code --server.port=9090}, it starts the server; with a command ({@code validate DIR},
 * {@code help}) it runs that command without starting Spring and exits with its code.
 */
@SpringBootApplication(scanBasePackages = "org.daftar")
@EnableVaadin("org.daftar") // routes of every Daftar module (ui's lists, forms, reports), not only the app's
@EnableConfigurationProperties(DaftarProperties.class)
public class DaftarApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.standard(System.out, System.err).run(args));
        }
        SpringApplication.run(DaftarApplication.class, args);
    }
}
