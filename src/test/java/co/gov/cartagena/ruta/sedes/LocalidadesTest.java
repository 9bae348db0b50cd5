package co.gov.cartagena.ruta.sedes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalidadesTest {

    @Test
    void reconoceLasTresLocalidadesSinImportarTildesNiMayusculas() {
        assertEquals(Optional.of("Histórica y del Caribe Norte"), Localidades.canonica("historica  y del caribe norte"));
        assertEquals(Optional.of("De la Virgen y Turística"), Localidades.canonica(" DE LA VIRGEN Y TURÍSTICA "));
        assertEquals(Optional.of("Industrial y de la Bahía"), Localidades.canonica("Industrial y de la Bahía"));
        assertTrue(Localidades.canonica("Bocagrande").isEmpty());
        assertTrue(Localidades.canonica(null).isEmpty());
    }
}
