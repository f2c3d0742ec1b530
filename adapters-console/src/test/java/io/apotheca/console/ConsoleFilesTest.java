package io.apotheca.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleFilesTest {

    @Test
    void the_page_and_its_modules_are_inside_the_jar() {
        String page = new String(ConsoleFiles.read(ConsoleFiles.PAGE).orElseThrow(), StandardCharsets.UTF_8);

        assertThat(page).contains("<script type=\"module\" src=\"/console/console.js\">");
        assertThat(page)
                .doesNotContain("<script>")
                .doesNotContainPattern(" on[a-z]+=")
                .doesNotContain("style=");
        assertThat(ConsoleFiles.read("console.js")).isPresent();
        assertThat(ConsoleFiles.read("console.css")).isPresent();
    }

    @Test
    void nothing_but_a_plain_name_of_its_folder_is_read() {
        assertThat(ConsoleFiles.read("../ConsoleFiles.class")).isEmpty();
        assertThat(ConsoleFiles.read("site/index.html")).isEmpty();
        assertThat(ConsoleFiles.read("Index.HTML")).isEmpty();
        assertThat(ConsoleFiles.read("missing.js")).isEmpty();
        assertThat(ConsoleFiles.read(null)).isEmpty();
    }
}
