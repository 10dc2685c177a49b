package org.daftar.plugin;

import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.expression.ExprType;
import org.daftar.plugin.action.ActionContext;
import org.daftar.plugin.action.ActionResult;
import org.daftar.plugin.action.RecordAction;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.render.RankedTester;
import org.daftar.plugin.render.Testers;
import org.daftar.plugin.validate.FieldMessage;
import org.daftar.plugin.validate.RecordValidator;

/** Plugins for tests; the first two are registered in this module's test META-INF/services. */
public final class SamplePlugins {

    private SamplePlugins() {
    }

    /** Adds the field type {@code country}, its renderer and a validator. */
    public static final class CountryPlugin implements DaftarPlugin {
        @Override
        public String id() {
            return "country";
        }

        @Override
        public List<CustomFieldType> fieldTypes() {
            return List.of(new TextType("country"));
        }

        @Override
        public List<FieldRenderer> renderers() {
            return List.of(FieldRenderer.of(
                    Testers.rankWith(RankedTester.TYPE_SPECIFIC, Testers.isType("country")),
                    context -> null));
        }

        @Override
        public List<RecordValidator> validators() {
            return List.of(new NothingWrong());
        }
    }

    /** Adds the action {@code mark-sent}. */
    public static final class InvoicingPlugin implements DaftarPlugin {
        @Override
        public String id() {
            return "invoicing";
        }

        @Override
        public List<RecordAction> actions() {
            return List.of(new NamedAction("mark-sent"));
        }
    }

    /** A plugin with the given id, field types and actions. */
    public static DaftarPlugin plugin(String id, List<CustomFieldType> types, List<RecordAction> actions) {
        return new DaftarPlugin() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<CustomFieldType> fieldTypes() {
                return types;
            }

            @Override
            public List<RecordAction> actions() {
                return actions;
            }
        };
    }

    /** A field type whose values are any text. */
    public record TextType(String name) implements CustomFieldType {
        @Override
        public LocalizedText label() {
            return LocalizedText.of(name);
        }

        @Override
        public ExprType valueType() {
            return ExprType.TEXT;
        }

        @Override
        public Map<String, Object> recordSchema(FieldDef field) {
            return Map.of("type", "string");
        }

        @Override
        public List<LocalizedText> problems(Object value) {
            return List.of();
        }
    }

    /** An action that does nothing. */
    public record NamedAction(String id) implements RecordAction {
        @Override
        public LocalizedText label() {
            return LocalizedText.of(id);
        }

        @Override
        public boolean appliesTo(EntityDef entity) {
            return true;
        }

        @Override
        public ActionResult run(ActionContext context) {
            return ActionResult.done(null);
        }
    }

    /** A validator that finds nothing wrong. */
    public static final class NothingWrong implements RecordValidator {
        @Override
        public boolean appliesTo(EntityDef entity) {
            return true;
        }

        @Override
        public List<FieldMessage> validate(Map<String, Object> record, EntityDef entity) {
            return List.of();
        }
    }
}
