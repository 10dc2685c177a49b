package org.daftar.plugins.iban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IbanFieldTest {

    @Test
    void aStoredIbanIsShownInGroupsOfFour() {
        IbanField field = new IbanField("IBAN");

        field.setValue("SA0380000000608010167519");

        assertThat(field.printed()).isEqualTo("SA03 8000 0000 6080 1016 7519");
        assertThat(field.getValue()).isEqualTo("SA0380000000608010167519");
    }

    @Test
    void whatTheUserTypesIsStoredWithoutSpacesInUpperCase() {
        IbanField field = new IbanField();

        field.typeIn("sa03 8000 0000 6080 1016 7519");

        assertThat(field.getValue()).isEqualTo("SA0380000000608010167519");
        assertThat(field.printed()).isEqualTo("SA03 8000 0000 6080 1016 7519");
    }

    @Test
    void arabicIndicDigitsAreStoredAsAsciiDigits() {
        IbanField field = new IbanField();

        field.typeIn("SA٠٣٨٠٠٠٠٠٠٠٦٠٨٠١٠١٦٧٥١٩");

        assertThat(field.getValue()).isEqualTo("SA0380000000608010167519");
    }

    @Test
    void settingAPrintedIbanStoresItNormalised() {
        IbanField field = new IbanField();

        field.setValue("gb29 nwbk 6016 1331 9268 19");

        assertThat(field.getValue()).isEqualTo("GB29NWBK60161331926819");
    }

    @Test
    void aChangeIsReportedOnceWithTheStoredValue() {
        IbanField field = new IbanField();
        List<String> changes = new ArrayList<>();
        field.addValueChangeListener(event -> changes.add(event.getValue()));

        field.typeIn("de89 3704 0044 0532 0130 00");

        assertThat(changes).containsExactly("DE89370400440532013000");
    }

    @Test
    void anEmptyFieldIsEmptyText() {
        IbanField field = new IbanField();

        assertThat(field.getValue()).isEmpty();
        assertThat(field.isEmpty()).isTrue();
        field.setValue(null);
        assertThat(field.getValue()).isEmpty();
    }

    @Test
    void theTextFieldCarriesTheClassNameThemesStyle() {
        assertThat(new IbanField().getContent().getClassNames()).contains("daftar-iban");
    }
}
