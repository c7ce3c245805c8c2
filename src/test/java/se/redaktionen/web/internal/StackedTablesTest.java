package se.redaktionen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** A table marked "stack" gets its column names on every body cell and its ARIA table roles; others are left alone. */
class StackedTablesTest {

    private static final String TABLE = """
            <table class="%s">
              <caption>Svar</caption>
              <thead><tr>
                <th scope="col" th:text="'Kanal'">x</th>
                <th scope="col" th:if="${withFans}" th:text="'Fans'">x</th>
                <th scope="col" th:text="${statusColumn}">x</th>
              </tr></thead>
              <tbody><tr th:each="r : ${rows}">
                <th scope="row" th:text="${r}">x</th>
                <td th:if="${withFans}" th:text="${r} + ' fans'">x</td>
                <td><th:block th:text="${r} + ' ok'">x</th:block></td>
              </tr></tbody>
            </table>""";

    private final SpringTemplateEngine engine = engine();

    @Test
    void everyBodyCellOfAStackedTableIsLabelledWithItsColumnHeader() {
        String html = render("stack", false);

        assertThat(html).contains("<td data-label=\"Status\" role=\"cell\">Facebook ok</td>",
                "<td data-label=\"Status\" role=\"cell\">X ok</td>");
    }

    @Test
    void aColumnThatIsLeftOutInHeaderAndRowKeepsTheOtherLabelsInPlace() {
        String html = render("stack", true);

        assertThat(html).contains("data-label=\"Fans\" role=\"cell\">Facebook fans</td>",
                "data-label=\"Status\" role=\"cell\">Facebook ok</td>");
    }

    @Test
    void theRowsNameNeedsNoLabelAndEveryPartKeepsItsTableRoleForScreenReaders() {
        String html = render("stack", false);

        assertThat(html).contains("<table class=\"stack\" role=\"table\">", "<thead role=\"rowgroup\">",
                "<tbody role=\"rowgroup\">", "<tr role=\"row\">", "role=\"columnheader\">Kanal</th>",
                "<th scope=\"row\" role=\"rowheader\">Facebook</th>");
    }

    @Test
    void aTableThatIsNotStackedIsLeftAsItIs() {
        String html = render("calendar-month", false);

        assertThat(html).doesNotContain("data-label", "role=");
    }

    private String render(String tableClass, boolean withFans) {
        Context context = new Context();
        context.setVariables(Map.of("rows", List.of("Facebook", "X"), "withFans", withFans, "statusColumn", "Status"));
        return engine.process(TABLE.formatted(tableClass), context);
    }

    private static SpringTemplateEngine engine() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new StackedTables());
        return engine;
    }
}
