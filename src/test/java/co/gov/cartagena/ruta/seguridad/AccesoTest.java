package co.gov.cartagena.ruta.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.Texto;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Acceso} es la única manera de negar un acceso: cada negativa queda en el rastro una vez, con lo que dice su
 * {@link Denegacion}, y quien llama recibe siempre la misma excepción; y ninguna otra clase niega por su cuenta (se
 * comprueba en las fuentes, como {@code persistencia/AvisosDeCambiosTest}). Que el rastro real la guarde en su propia
 * transacción lo prueban {@code MatrizAccesoIT}, {@code ProteccionIT} y las pruebas de cada área.
 */
class AccesoTest {

    private static final Path FUENTES = Path.of(System.getProperty("ruta.raiz", "."), "src/main/java");

    /** Lo que recibió el rastro: entidad, id y detalle de cada negativa. */
    private final List<List<Object>> rastro = new ArrayList<>();

    private Acceso como(Usuario u) {
        Acceso acceso = new Acceso();
        acceso.usuarioActual = new UsuarioActual();
        acceso.usuarioActual.establecer(u);
        acceso.rastro = (entidad, id, detalle) -> rastro.add(Arrays.asList(entidad, id, detalle));
        return acceso;
    }

    private static Usuario usuario(String... roles) {
        return Usuario.deClaims("alguien", null, null, List.of(roles), List.of("/sedes/CJ-CANAPOTE"));
    }

    @Test
    void siLaReglaSeCumpleDevuelveQuienLlamaYNoDejaNada() {
        Usuario gestor = usuario("gestor");
        assertSame(gestor, como(gestor).exigir(u -> u.tiene(Rol.GESTOR),
                Denegacion.operacion("caso", null, "ver casos", Texto.de("casos.rolNoDaAcceso"))));
        como(gestor).exigir(true, Denegacion.operacion("caso", 7L, "anular", Texto.de("casos.rolNoDaAcceso")));
        assertTrue(rastro.isEmpty(), rastro.toString());
    }

    @Test
    void unaOperacionNegadaQuedaEnElRastroYDaOperacionNoPermitidaConSuMensaje() {
        Acceso acceso = como(usuario("supervisor"));
        OperacionNoPermitida e = assertThrows(OperacionNoPermitida.class, () -> acceso.exigir(
                u -> u.tiene(Rol.GESTOR), Denegacion.operacion("caso", null,
                        "su rol no da acceso al contenido de los casos", Texto.de("casos.rolNoDaAcceso"))));
        assertEquals("Su rol no da acceso al contenido de los casos.", e.getMessage());
        assertEquals(List.of(Arrays.asList("caso", null, "su rol no da acceso al contenido de los casos")),
                rastro);
    }

    @Test
    void unRegistroFueraDeSuAlcanceQuedaEnElRastroYSeRespondeComoSiNoExistiera() {
        Acceso acceso = como(usuario("gestor"));
        NoEncontrado e = assertThrows(NoEncontrado.class, () -> acceso.exigir(false,
                Denegacion.comoSiNoExistiera("caso", 12L, "caso fuera de su alcance", Texto.de("casos.que.caso", 12))));
        assertEquals(new NoEncontrado(Texto.de("casos.que.caso", 12)).getMessage(), e.getMessage());
        assertEquals(List.of(List.of("caso", 12L, "caso fuera de su alcance")), rastro);
    }

    @Test
    void cadaNegativaQuedaUnaVez() {
        Acceso acceso = como(usuario("auditor"));
        for (int i = 0; i < 3; i++) {
            assertThrows(OperacionNoPermitida.class, () -> acceso.exigir(u -> u.tiene(Rol.ADMINISTRADOR),
                    Denegacion.operacion("retencion", null, "depurar", Texto.de("retencion.soloAdministradorPuede",
                            "depurar"))));
        }
        assertEquals(3, rastro.size());
    }

    /**
     * Nadie más niega a mano: solo {@link Denegacion} crea {@code OperacionNoPermitida} (y la entidad
     * {@code ReporteIndicador}, que guarda su regla de cuatro ojos aunque el servicio la compruebe antes con
     * {@link Acceso}); solo {@link Acceso} escribe un acceso denegado de un servicio. Las tres puertas que niegan
     * antes de llegar a un servicio —el filtro de la API ({@code @Permitido}), el de las métricas y el de las páginas
     * negadas por {@code web.xml}— responden ellas mismas y escriben su fila; no hay otras.
     */
    @Test
    void ningunaClaseNiegaPorSuCuenta() throws IOException {
        Map<String, List<String>> fuera = new TreeMap<>();
        revisar(fuera, Pattern.compile("new\\s+OperacionNoPermitida\\s*\\("),
                List.of("Denegacion.java", "ReporteIndicador.java"));
        revisar(fuera, Pattern.compile("\\.registrarDenegado\\s*\\("), List.of("Acceso.java"));
        revisar(fuera, Pattern.compile("Accion\\.ACCESO_DENEGADO"), List.of("Auditor.java", "FiltroSeguridadApi.java",
                "FiltroMetricas.java", "DenegacionesDePaginas.java"));
        revisar(fuera, Pattern.compile("catch\\s*\\([^)]*OperacionNoPermitida[^)]*\\)\\s*\\{[^}]*auditor"), List.of());
        assertTrue(fuera.isEmpty(), "Niegan por su cuenta, sin seguridad/Acceso: " + fuera);
    }

    private static void revisar(Map<String, List<String>> fuera, Pattern patron, List<String> permitidos)
            throws IOException {
        Path raiz = FUENTES.resolve("co/gov/cartagena/ruta");
        List<Path> fuentes;
        try (Stream<Path> s = Files.walk(raiz)) {
            fuentes = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(fuentes.isEmpty(), "No hay fuentes en " + raiz.toAbsolutePath());
        for (Path f : fuentes) {
            // por nombre de archivo, que sobrevive a que la clase cambie de paquete
            boolean permitido = permitidos.contains(f.getFileName().toString());
            if (!permitido && patron.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()) {
                fuera.computeIfAbsent(patron.pattern(), k -> new ArrayList<>())
                        .add(raiz.relativize(f).toString().replace('\\', '/'));
            }
        }
    }
}
