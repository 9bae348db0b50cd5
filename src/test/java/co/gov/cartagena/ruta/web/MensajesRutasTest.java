package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.Ruta;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cada ruta tiene sus textos en los paquetes de mensajes: en inglés su nombre, la etiqueta y la ayuda de cada
 * campo, y cada estado, atención y opción; en español (la base) su nombre y cada código. Falla si se agrega un
 * campo, estado, atención u opción sin su texto.
 */
class MensajesRutasTest {

    private static Properties paquete(String archivo) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MensajesRutasTest.class.getResourceAsStream(archivo)) {
            assertNotNull(in, archivo);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Los códigos de la ruta que se muestran al usuario: estados, atenciones y opciones de sus campos. */
    private static Set<String> codigos(DefinicionRuta d) {
        Set<String> c = new LinkedHashSet<>(d.estados());
        c.addAll(d.tiposAtencion());
        d.campos().forEach(campo -> c.addAll(campo.opciones()));
        return c;
    }

    private static Set<String> faltantes(Properties p, boolean conCampos) {
        Set<String> faltan = new LinkedHashSet<>();
        for (Ruta r : Ruta.values()) {
            List<String> claves = new ArrayList<>();
            claves.add("ruta." + r.name());
            if (conCampos) {
                for (Campo c : r.definicion().campos()) {
                    claves.add("ruta." + r.name() + ".campo." + c.nombre());
                    if (c.ayuda() != null) {
                        claves.add("ruta." + r.name() + ".ayuda." + c.nombre());
                    }
                }
            }
            codigos(r.definicion()).forEach(codigo -> claves.add("ruta.codigo." + codigo));
            claves.stream().filter(k -> p.getProperty(k) == null || p.getProperty(k).isBlank()).forEach(faltan::add);
        }
        return faltan;
    }

    @Test
    void elInglesTieneNombreCamposAyudasEstadosAtencionesYOpcionesDeCadaRuta() throws IOException {
        Set<String> faltan = faltantes(paquete("mensajes_en.properties"), true);
        assertTrue(faltan.isEmpty(), "Faltan en mensajes_en.properties: " + faltan);
    }

    @Test
    void elEspanolTieneElNombreYCadaCodigoDeCadaRuta() throws IOException {
        Properties es = paquete("mensajes.properties");
        Set<String> faltan = faltantes(es, false);
        assertTrue(faltan.isEmpty(), "Faltan en mensajes.properties: " + faltan);
        for (Ruta r : Ruta.values()) {
            assertEquals(r.nombre(), es.getProperty("ruta." + r.name()), "El nombre de " + r + " es uno solo");
        }
    }

    @Test
    void losCodigosSeMuestranEnElIdiomaElegidoYLosDesconocidosSeHacenLegibles() {
        java.util.Locale es = IdiomaBacking.ESPANOL;
        java.util.Locale en = java.util.Locale.ENGLISH;
        assertEquals("Acompañamiento", Mensajes.legible(es, "ACOMPANAMIENTO"));
        assertEquals("Accompaniment", Mensajes.legible(en, "ACOMPANAMIENTO"));
        assertEquals("Sesión individual", Mensajes.legible(es, "SESION_INDIVIDUAL"));
        assertEquals("Individual session", Mensajes.legible(en, "SESION_INDIVIDUAL"));
        assertEquals("Codigo sin texto", Mensajes.legible(es, "CODIGO_SIN_TEXTO"));
        assertEquals("Reintegración y reincorporación", Mensajes.texto(es, "ruta.REINTEGRACION", null));
        assertEquals("Reintegration and reincorporation", Mensajes.texto(en, "ruta.REINTEGRACION", null));
        assertEquals("Valor de la unidad productiva (pesos)",
                Mensajes.texto(es, "ruta.UNIDADES_PRODUCTIVAS.campo.valorUnidad", "Valor"),
                "En español la etiqueta del campo es la de casos.Rutas (también en el paquete desde el issue 13)");
        assertEquals("Value of the productive unit (pesos)",
                Mensajes.texto(en, "ruta.UNIDADES_PRODUCTIVAS.campo.valorUnidad", "Valor"));
    }

    /** Los códigos de personas y papeles que las páginas muestran tienen texto en los dos idiomas (nunca el código). */
    @Test
    void losCodigosDePersonasYPapelesTienenTextoEnLosDosIdiomas() throws IOException {
        Properties es = paquete("mensajes.properties");
        Properties en = paquete("mensajes_en.properties");
        Set<String> faltan = new LinkedHashSet<>();
        java.util.Map<String, Enum<?>[]> codigos = java.util.Map.of(
                "persona.tipoDocumento.", co.gov.cartagena.ruta.personas.TipoDocumento.values(),
                "persona.sexo.", co.gov.cartagena.ruta.personas.Sexo.values(),
                "persona.etnia.", co.gov.cartagena.ruta.personas.Etnia.values(),
                "persona.alcance.", co.gov.cartagena.ruta.personas.AlcanceConsentimiento.values(),
                "caso.rol.", co.gov.cartagena.ruta.casos.RolParticipante.values());
        codigos.forEach((prefijo, valores) -> {
            for (Enum<?> v : valores) {
                for (Properties p : List.of(es, en)) {
                    if (p.getProperty(prefijo + v.name()) == null) {
                        faltan.add((p == es ? "es " : "en ") + prefijo + v.name());
                    }
                }
            }
        });
        assertTrue(faltan.isEmpty(), "Faltan: " + faltan);
        assertEquals("Víctima", es.getProperty("caso.rol.VICTIMA"));
        assertEquals("Miembro del hogar", es.getProperty("caso.rol.MIEMBRO_HOGAR"));
        assertEquals("Agresor/a", es.getProperty("caso.rol.AGRESOR"));
    }
}
