package io.github.sorrysite.core.infra;

import io.github.sorrysite.core.common.StagedOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the failover templates of the chosen formats under {@code infra/} of the output directory;
 * the files are staged and land together with the rest of the build.
 */
public final class WriteInfra {
    public static final String DIRECTORY = "infra/";

    private WriteInfra() {
    }

    /** @return the paths written, relative to the output directory */
    public static List<String> write(InfraConfig config, StagedOutput output) {
        List<String> written = new ArrayList<>();
        if (config.formats().contains(InfraFormat.CLOUDFORMATION)) {
            output.write(DIRECTORY + CloudFormationTemplate.FILE, CloudFormationTemplate.json(config).getBytes(StandardCharsets.UTF_8));
            written.add(DIRECTORY + CloudFormationTemplate.FILE);
        }
        if (config.formats().contains(InfraFormat.TERRAFORM)) {
            for (Map.Entry<String, String> file : TerraformFiles.files(config).entrySet()) {
                String path = DIRECTORY + TerraformFiles.DIRECTORY + file.getKey();
                output.write(path, file.getValue().getBytes(StandardCharsets.UTF_8));
                written.add(path);
            }
        }
        return written;
    }
}
