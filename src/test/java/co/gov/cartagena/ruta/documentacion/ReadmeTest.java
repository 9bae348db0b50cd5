package co.gov.cartagena.ruta.documentacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.configuracion.Clave;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** El README no se queda atrás del código: comandos, claves de configuración y estados de cada ruta. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of(System.getProperty("ruta.raiz", "."), "README.md"));
    }

    @Test
    void inicioRapidoTraePrimeroElComandoDeEjecucionYLuegoElDePrueba() throws IOException {
        String r = readme();
        int inicio = r.indexOf("## Inicio rápido");
        assertTrue(inicio >= 0);
        Matcher bloques = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(r.substring(inicio));
        List<String> comandos = new ArrayList<>();
        while (bloques.find() && comandos.size() < 2) {
            comandos.add(bloques.group(1).trim());
        }
        assertEquals(List.of("mvn -Pdemo", "mvn verify"), comandos);
        String ci = Files.readString(Path.of(System.getProperty("ruta.raiz", "."), ".ci", "run"));
        assertTrue(ci.contains("mvn -B verify"), ".ci/run corre el comando de prueba del README");
    }

    @Test
    void cadaClaveDeConfiguracionEstaDocumentada() throws IOException {
        String r = readme();
        for (Clave c : Clave.values()) {
            assertTrue(r.contains("`" + c.variableDeEntorno() + "`") && r.contains("`" + c.nombre() + "`"), c.nombre());
        }
    }

    @Test
    void cadaEstadoDeCadaRutaEstaEnLaTablaDeRutas() throws IOException {
        String r = readme();
        String seccion = r.substring(r.indexOf("## Rutas, estados y transiciones"), r.indexOf("## Decisiones"));
        for (Ruta ruta : Ruta.values()) {
            for (String estado : ruta.definicion().estados()) {
                if (!estado.equals("CERRADO")) {
                    assertTrue(seccion.contains(estado), ruta + ": falta " + estado + " en el README");
                }
            }
        }
    }
}
