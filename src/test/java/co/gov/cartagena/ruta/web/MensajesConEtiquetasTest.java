package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Los mensajes del dominio y el detalle del rastro llegan con códigos; a la persona le llegan con sus textos (issue
 * 12, ítem 5). Sin Faces alrededor, los textos salen del paquete en español.
 */
class MensajesConEtiquetasTest {

    private static final Locale ES = IdiomaBacking.ESPANOL;
    private static final Function<String, Optional<String>> SEDES =
            c -> Optional.ofNullable(Map.of("CJ-CANAPOTE", "Casa de Justicia de Canapote").get(c));

    @Test
    void losEstadosYLasListasDeCodigosSalenConSuTexto() {
        assertEquals("estado: Orientación → Conciliación solicitada",
                Mensajes.conEtiquetas("estado: ORIENTACION → CONCILIACION_SOLICITADA", ES, SEDES));
        String lista = Mensajes.conEtiquetas("Atenciones permitidas: [ORIENTACION_JURIDICA, ATENCION_PSICOSOCIAL]", ES, SEDES);
        assertEquals("Atenciones permitidas: " + Mensajes.legible(ES, "ORIENTACION_JURIDICA") + ", "
                + Mensajes.legible(ES, "ATENCION_PSICOSOCIAL"), lista);
    }

    @Test
    void lasSedesSalenPorSuNombreYLosEnumsPorSuTexto() {
        assertEquals("sede: Casa de Justicia de Canapote → Centro", Mensajes.conEtiquetas("sede: CJ-CANAPOTE → Centro", ES,
                SEDES));
        assertEquals("La titular debe ser Mujer", Mensajes.conEtiquetas("La titular debe ser MUJER", ES, SEDES));
        assertEquals("Tipo: Registro civil", Mensajes.conEtiquetas("Tipo: RC", ES, SEDES));
    }

    @Test
    void unCodigoSinTextoConGuionBajoSeHaceLegibleYLasSiglasQuedan() {
        assertEquals("Codigo inventado sin texto", Mensajes.conEtiquetas("CODIGO_INVENTADO_SIN_TEXTO", ES, SEDES));
        assertEquals("Inscrita en el RUV (radicado RUTA-2025-000001)",
                Mensajes.conEtiquetas("Inscrita en el RUV (radicado RUTA-2025-000001)", ES, SEDES));
        assertEquals("", Mensajes.conEtiquetas("", ES, SEDES));
    }
}
