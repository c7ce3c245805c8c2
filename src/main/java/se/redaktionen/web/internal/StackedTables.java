package se.redaktionen.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Data tables marked {@code <table class="stack">} are shown as one card per row on a phone (see
 * app.css), each value with its column's name before it. This fills in what that needs, once for
 * every such table instead of in each template:
 * <ul>
 * <li>each body cell gets {@code th:data-label} with its column header's {@code th:text}, so the card
 * says "Status: Ny" from the same message key as the header;</li>
 * <li>each part of the table gets its ARIA table role, because some browsers (Safari) stop telling
 * screen readers that it is a table once the stylesheet changes how its elements are displayed.</li>
 * </ul>
 * It works on the template before the template runs, so every row that {@code th:each} repeats
 * carries the labels of the one row written in the template.
 */
@Component
class StackedTables extends AbstractProcessorDialect {

    static final String CLASS = "stack";
    private static final String LABEL = "th:data-label";

    StackedTables() {
        // After the standard dialect: a table that th:if or th:unless leaves out is not worked on.
        super("Stacked tables", CLASS, StandardDialect.PROCESSOR_PRECEDENCE + 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new StackedTable(dialectPrefix));
    }

    private static final class StackedTable extends AbstractElementModelProcessor {

        StackedTable(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, "table", false, null, false, 1000);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, IElementModelStructureHandler handler) {
            if (!(model.get(0) instanceof IOpenElementTag table) || !stacked(table)) {
                return;
            }
            IModelFactory factory = context.getModelFactory();
            List<String> headers = new ArrayList<>();
            boolean inHead = false;
            int column = 0;
            for (int i = 0; i < model.size(); i++) {
                if (!(model.get(i) instanceof IOpenElementTag tag)) {
                    continue;
                }
                String name = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
                String role = null;
                switch (name) {
                    case "table" -> role = "table";
                    case "thead" -> {
                        inHead = true;
                        role = "rowgroup";
                    }
                    case "tbody", "tfoot" -> {
                        inHead = false;
                        role = "rowgroup";
                    }
                    case "tr" -> {
                        column = 0;
                        role = "row";
                    }
                    case "th", "td" -> {
                        if (inHead) {
                            headers.add(tag.getAttributeValue("th:text"));
                            role = "columnheader";
                        } else {
                            tag = labelled(factory, tag, column < headers.size() ? headers.get(column) : null);
                            role = name.equals("th") ? "rowheader" : "cell";
                        }
                        column++;
                    }
                    default -> {
                    }
                }
                if (role != null && !tag.hasAttribute("role")) {
                    tag = factory.setAttribute(tag, "role", role);
                }
                model.replace(i, tag);
            }
        }

        /** A body cell says its column; a header cell of the body (the row's name) needs no label. */
        private static IOpenElementTag labelled(IModelFactory factory, IOpenElementTag cell, String header) {
            boolean isDataCell = cell.getElementCompleteName().equalsIgnoreCase("td");
            if (!isDataCell || header == null || cell.hasAttribute(LABEL) || cell.hasAttribute("data-label")) {
                return cell;
            }
            return factory.setAttribute(cell, LABEL, header);
        }

        private static boolean stacked(IOpenElementTag table) {
            String classes = table.getAttributeValue("class");
            return classes != null && Arrays.asList(classes.trim().split("\\s+")).contains(CLASS);
        }
    }
}
