package co.gov.cartagena.ruta.documentacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * La documentación (README.md y todo docs/) dice la verdad del código de hoy. No depende de títulos de secciones: lee
 * tablas, enlaces, bloques de órdenes y nombres del código donde estén, y los compara con el código.
 * <ul>
 * <li>los dos comandos del README son el perfil {@code demo} y el {@code mvn -B verify} de CI;</li>
 * <li>cada variable de entorno que lee Ruta ({@link Clave}) tiene su fila en la tabla de configuración del README, con
 * su clave y su valor por defecto, y ninguna {@code RUTA_…} nombrada en la documentación es inventada;</li>
 * <li>cada cuenta de demostración del realm está en el README con su rol, y ninguna de la tabla falta en el realm;</li>
 * <li>cada enlace relativo lleva a un archivo que existe y, si nombra un título, a un título que existe; cada página
 * de docs/ se alcanza desde el README;</li>
 * <li>cada ruta tiene su fila con exactamente sus estados y transiciones, y todo estado o constante nombrado (palabra
 * entera, nunca por substring) existe en el código;</li>
 * <li>cada archivo, clase y método del código nombrado entre comillas invertidas existe, y cada {@code -Dpropiedad}
 * la lee Maven o el código;</li>
 * <li>el README cabe en una lectura.</li>
 * </ul>
 */
class ReadmeTest {

    private static final String PAQUETE = "co/gov/cartagena/ruta/";
    /** Una página que el recién llegado lee hasta el final; lo largo va en docs/. */
    private static final int LINEAS_MAXIMAS_DEL_README = 150;

    private static final Pattern BLOQUE = Pattern.compile("(?ms)^```([a-z]*)\\n(.*?)^```");
    private static final Pattern ENLACE = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODIGO = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern VARIABLE_RUTA = Pattern.compile("\\bRUTA_[A-Z0-9_]+\\b");
    /** Un identificador en mayúsculas con guion bajo: un estado, una constante, una variable de entorno. */
    private static final Pattern CONSTANTE_CON_GUION =
            Pattern.compile("(?<![\\w.-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\w-])");
    /** Un identificador en mayúsculas escrito solo entre comillas invertidas. */
    private static final Pattern CONSTANTE_SOLA = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$");
    private static final Pattern ESTADO = Pattern.compile("(?<![\\w.-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");
    /** {@code A → B} o {@code A ⇄ B}, superpuestos para leer cadenas {@code A → B → C}. */
    private static final Pattern TRANSICION = Pattern.compile(
            "(?<![\\w.-])(?=([A-Z][A-Z0-9_]*[A-Z0-9])\\s*([→⇄])\\s*([A-Z][A-Z0-9_]*[A-Z0-9])(?![\\w-]))");
    private static final Pattern ARCHIVO = Pattern.compile(
            "^[\\w./-]*[\\w-]\\.(?:java|xhtml|sql|json|yaml|md|properties|js|css|xml)$");
    /** {@code paquete/Clase} o {@code paquete/sub/Clase.metodo}. */
    private static final Pattern CLASE_CON_PAQUETE =
            Pattern.compile("^((?:[a-z]+/)+)([A-Z]\\w*)(?:\\.(\\w+))?(?:\\(\\))?$");
    /** {@code Clase.miembro}: si la clase es del proyecto, el miembro existe (las de bibliotecas no se miran). */
    private static final Pattern CLASE_Y_MIEMBRO =
            Pattern.compile("^([A-Z][A-Za-z0-9]*)\\.([A-Za-z_]\\w*)(?:\\(\\))?$");
    private static final Pattern PROPIEDAD = Pattern.compile("(?<![\\w-])-D([a-z][\\w.]*[\\w])(?:=|\\b)");

    /** Siglas que el README puede escribir en mayúsculas sin que sean nombres del código. */
    private static final Set<String> SIGLAS = Set.of("JDBC", "JSON", "TOTP", "HTTP", "HTTPS", "OIDC", "POST", "PATCH",
            "DELETE");

    /** Nombres en mayúsculas de otros (servidor, base, bibliotecas) que la documentación nombra, con de dónde vienen. */
    private static final Map<String, String> NOMBRES_AJENOS = Map.of(
            "JSESSIONID", "la cookie de sesión de Servlet",
            "GET_LOCK", "función de MariaDB",
            "NOT_SUPPORTED", "jakarta.ejb.TransactionAttributeType",
            "REQUIRES_NEW", "jakarta.transaction.Transactional.TxType",
            "WELD_S", "prefijo con que Weld guarda sus beans en la sesión");

    /** Archivos que la documentación nombra y no son del repositorio, con de dónde vienen. */
    private static final Map<String, String> AJENOS = Map.of(
            "axe.min.js", "dentro del JAR com.deque.html.axe-core:selenium",
            "js/stats.js", "del reporte que escribe Gatling");

    private static Path raiz;
    private static String readme;
    /** README.md, docs/**.md y los README de realm-config/ y docker/, por ruta relativa a la raíz. */
    private static Map<Path, String> documentos;
    private static Set<String> constantesDelCodigo;

    @BeforeAll
    static void leer() throws IOException {
        raiz = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath().normalize();
        readme = Files.readString(raiz.resolve("README.md"));
        documentos = new TreeMap<>();
        documentos.put(Path.of("README.md"), readme);
        try (Stream<Path> docs = Files.walk(raiz.resolve("docs"))) {
            for (Path p : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                documentos.put(raiz.relativize(p), Files.readString(p));
            }
        }
        for (String otro : List.of("realm-config/README.md", "docker/README.md")) {
            documentos.put(Path.of(otro), Files.readString(raiz.resolve(otro)));
        }
        constantesDelCodigo = constantesDelCodigo();
    }

    // --- Los dos comandos ---

    @Test
    void losDosComandosDelReadmeSonElDeEjecucionYElDePruebaDeCi() throws IOException {
        List<String> ordenes = bloques(readme, "bash").stream().map(String::strip).toList();
        int ejecutar = ordenes.indexOf("mvn -Pdemo");
        int probar = ordenes.indexOf("mvn verify");
        assertTrue(ejecutar >= 0, "El README no tiene un bloque con solo «mvn -Pdemo»: " + ordenes);
        assertTrue(probar > ejecutar, "El README no trae, después del de ejecución, un bloque con solo «mvn verify»");
        String pom = Files.readString(raiz.resolve("pom.xml"));
        assertTrue(pom.contains("<id>demo</id>"), "pom.xml no tiene el perfil demo que usa «mvn -Pdemo»");
        String ci = Files.readString(raiz.resolve(".ci/run"));
        assertTrue(Pattern.compile("(?m)^exec mvn -B verify$").matcher(ci).find(),
                ".ci/run no corre el comando de prueba del README (exec mvn -B verify)");
    }

    // --- Configuración ---

    @Test
    void cadaVariableDeEntornoQueLeeRutaTieneSuFilaEnLaTablaDelReadme() {
        List<List<String>> filas = filas(readme);
        List<String> errores = new ArrayList<>();
        for (Clave c : Clave.values()) {
            List<List<String>> suyas = filas.stream()
                    .filter(f -> f.get(0).equals("`" + c.variableDeEntorno() + "`")).toList();
            if (suyas.size() != 1) {
                errores.add(c.variableDeEntorno() + ": " + suyas.size() + " filas en el README (debe haber una)");
                continue;
            }
            List<String> fila = suyas.get(0);
            if (fila.size() < 4 || !fila.get(1).equals("`" + c.nombre() + "`")) {
                errores.add(c.variableDeEntorno() + ": la segunda columna no es `" + c.nombre() + "`");
                continue;
            }
            String porDefecto = fila.get(fila.size() - 1);
            Optional<String> valor = c.porDefecto();
            if (valor.isPresent() && !porDefecto.contains("`" + valor.get() + "`")) {
                errores.add(c.variableDeEntorno() + ": el valor por defecto no es `" + valor.get() + "`: "
                        + porDefecto);
            } else if (valor.isEmpty() && porDefecto.contains("`")) {
                errores.add(c.variableDeEntorno() + ": no tiene valor por defecto y el README le da " + porDefecto);
            }
        }
        assertEquals(List.of(), errores);
    }

    @Test
    void ningunaVariableRutaNombradaEnLaDocumentacionEsInventada() {
        List<String> inventadas = new ArrayList<>();
        documentos.forEach((doc, texto) -> {
            Matcher m = VARIABLE_RUTA.matcher(texto);
            while (m.find()) {
                if (Clave.deVariableDeEntorno(m.group()).isEmpty()) {
                    inventadas.add(doc + ": " + m.group());
                }
            }
        });
        assertEquals(List.of(), inventadas, "Variables que Ruta no lee (el registro es configuracion/Clave)");
    }

    // --- Cuentas de demostración ---

    @Test
    void cadaCuentaDeDemostracionEstaEnElReadmeConSuRolYSuClave() throws IOException {
        Map<String, Set<String>> rolesPorUsuario = new LinkedHashMap<>();
        Set<String> claves = new TreeSet<>();
        Path realm = raiz.resolve("realm-config/demo/ruta-demo.json");
        try (JsonReader r = Json.createReader(Files.newBufferedReader(realm))) {
            for (JsonValue v : r.readObject().getJsonArray("users")) {
                JsonObject u = v.asJsonObject();
                rolesPorUsuario.put(u.getString("username"), u.getJsonArray("realmRoles").getValuesAs(JsonString.class)
                        .stream().map(JsonString::getString).collect(Collectors.toCollection(TreeSet::new)));
                u.getJsonArray("credentials").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("type", "").equals("password"))
                        .forEach(c -> claves.add(c.getString("value")));
            }
        }
        assertTrue(rolesPorUsuario.size() >= 5, "No se leyeron las cuentas de demostración: " + rolesPorUsuario);
        assertEquals(1, claves.size(), "Las cuentas de demostración comparten una clave: " + claves);
        assertTrue(readme.contains("`" + claves.iterator().next() + "`"), "El README no da la clave de demostración");

        Set<String> roles = new HashSet<>();
        Arrays.stream(Rol.values()).forEach(r -> roles.add(r.nombre()));
        Map<String, String> enElReadme = new TreeMap<>();
        for (List<String> fila : filas(readme)) {
            if (fila.size() >= 2 && roles.contains(fila.get(1)) && fila.get(0).matches("`[^`]+`")) {
                enElReadme.put(fila.get(0).replace("`", ""), fila.get(1));
            }
        }
        Map<String, String> delRealm = new TreeMap<>();
        rolesPorUsuario.forEach((usuario, suyos) -> delRealm.put(usuario, suyos.stream()
                .filter(roles::contains).findFirst().orElse("(sin rol de Ruta)")));
        assertEquals(delRealm, enElReadme, "Tabla de cuentas del README frente a realm-config/demo/ruta-demo.json");
    }

    // --- Enlaces ---

    @Test
    void cadaEnlaceRelativoLlevaAUnArchivoYAUnTituloQueExisten() throws IOException {
        List<String> rotos = new ArrayList<>();
        for (Map.Entry<Path, String> d : documentos.entrySet()) {
            for (String destino : enlaces(d.getValue())) {
                String archivo = destino.contains("#") ? destino.substring(0, destino.indexOf('#')) : destino;
                String titulo = destino.contains("#") ? destino.substring(destino.indexOf('#') + 1) : null;
                Path objetivo = archivo.isEmpty() ? raiz.resolve(d.getKey())
                        : raiz.resolve(d.getKey()).getParent() == null ? raiz.resolve(archivo)
                        : raiz.resolve(d.getKey()).getParent().resolve(archivo).normalize();
                if (!Files.exists(objetivo)) {
                    rotos.add(d.getKey() + ": " + destino + " (no existe " + raiz.relativize(objetivo) + ")");
                } else if (titulo != null && (!objetivo.toString().endsWith(".md")
                        || !anclas(Files.readString(objetivo)).contains(titulo))) {
                    rotos.add(d.getKey() + ": " + destino + " (no hay un título con esa ancla)");
                }
            }
        }
        assertEquals(List.of(), rotos);
    }

    @Test
    void cadaPaginaDeDocsSeAlcanzaDesdeElReadme() {
        Set<Path> alcanzadas = new HashSet<>();
        Deque<Path> pendientes = new ArrayDeque<>(List.of(Path.of("README.md")));
        while (!pendientes.isEmpty()) {
            Path doc = pendientes.pop();
            if (!alcanzadas.add(doc) || !documentos.containsKey(doc)) {
                continue;
            }
            for (String destino : enlaces(documentos.get(doc))) {
                String archivo = destino.contains("#") ? destino.substring(0, destino.indexOf('#')) : destino;
                if (archivo.endsWith(".md")) {
                    Path p = doc.getParent() == null ? Path.of(archivo) : doc.getParent().resolve(archivo).normalize();
                    pendientes.push(p);
                }
            }
        }
        List<Path> sueltas = documentos.keySet().stream()
                .filter(p -> p.startsWith("docs") && !alcanzadas.contains(p)).toList();
        assertEquals(List.of(), sueltas, "Páginas de docs/ a las que no se llega desde el README");
    }

    // --- Rutas y estados ---

    @Test
    void cadaRutaTieneUnaFilaConExactamenteSusEstadosYTransiciones() {
        Map<Ruta, List<List<String>>> filasPorRuta = new TreeMap<>();
        documentos.values().forEach(texto -> filas(texto).forEach(fila -> {
            for (Ruta ruta : Ruta.values()) {
                if (tokensEntreComillas(fila.get(0)).contains(ruta.name()) && fila.size() >= 2) {
                    filasPorRuta.computeIfAbsent(ruta, r -> new ArrayList<>()).add(fila);
                }
            }
        }));
        List<String> errores = new ArrayList<>();
        for (Ruta ruta : Ruta.values()) {
            List<List<String>> suyas = filasPorRuta.getOrDefault(ruta, List.of());
            if (suyas.size() != 1) {
                errores.add(ruta + ": " + suyas.size() + " filas con `" + ruta
                        + "` en la primera columna (debe haber una)");
                continue;
            }
            String celda = suyas.get(0).get(1);
            DefinicionRuta def = ruta.definicion();
            Set<String> estados = new TreeSet<>(def.estados());
            estados.remove(DefinicionRuta.CERRADO);
            Set<String> escritos = new TreeSet<>(palabras(ESTADO, celda));
            if (!escritos.equals(estados)) {
                errores.add(ruta + ": la fila nombra " + escritos + " y la ruta tiene " + estados);
            }
            Set<String> declaradas = new TreeSet<>();
            for (String e : estados) {
                def.siguientes(e).forEach(s -> declaradas.add(e + " → " + s));
            }
            Set<String> documentadas = transiciones(celda);
            if (!documentadas.equals(declaradas)) {
                errores.add(ruta + ": la fila dice " + documentadas + " y casos/Rutas.java declara " + declaradas);
            }
        }
        assertEquals(List.of(), errores);
    }

    @Test
    void todoEstadoOConstanteQueNombraLaDocumentacionExisteEnElCodigo() throws IOException {
        Set<String> conocidas = new HashSet<>(constantesDelCodigo);
        Arrays.stream(Clave.values()).forEach(c -> conocidas.add(c.variableDeEntorno()));
        conocidas.addAll(vocabularioDeArchivos());
        conocidas.addAll(NOMBRES_AJENOS.keySet());
        List<String> inventadas = new ArrayList<>();
        documentos.forEach((doc, texto) -> {
            String prosa = sinBloques(texto);
            Set<String> nombradas = new TreeSet<>(palabras(CONSTANTE_CON_GUION, prosa));
            Matcher codigo = CODIGO.matcher(prosa);
            while (codigo.find()) {
                if (CONSTANTE_SOLA.matcher(codigo.group(1)).matches() && codigo.group(1).length() > 2) {
                    nombradas.add(codigo.group(1));
                }
            }
            Matcher t = TRANSICION.matcher(prosa);
            while (t.find()) {
                nombradas.add(t.group(1));
                nombradas.add(t.group(3));
            }
            nombradas.stream().filter(n -> !conocidas.contains(n) && !esMigracionQueExiste(n))
                    .forEach(n -> inventadas.add(doc + ": " + n));
        });
        assertEquals(List.of(), inventadas,
                "Nombres en mayúsculas que no son estados de una ruta, constantes de un enum ni variables de entorno");
    }

    @Test
    void cadaTransicionNombradaEnLaDocumentacionVaEntreEstadosDeUnaRuta() {
        Set<String> estados = new HashSet<>();
        Arrays.stream(Ruta.values()).forEach(r -> estados.addAll(r.definicion().estados()));
        List<String> inventados = new ArrayList<>();
        documentos.forEach((doc, texto) -> {
            Matcher t = TRANSICION.matcher(sinBloques(texto));
            while (t.find()) {
                Stream.of(t.group(1), t.group(3)).filter(e -> !estados.contains(e))
                        .forEach(e -> inventados.add(doc + ": " + e));
            }
        });
        assertEquals(List.of(), inventados, "Estados en una transición (A → B) que ninguna ruta tiene");
    }

    /**
     * El README es corto: cada palabra en mayúsculas de cuatro letras o más (un estado, un rol, un código) existe en el
     * código, salvo las siglas de esta lista.
     */
    @Test
    void cadaPalabraEnMayusculasDelReadmeExisteEnElCodigo() throws IOException {
        Set<String> conocidas = new HashSet<>(constantesDelCodigo);
        Arrays.stream(Clave.values()).forEach(c -> conocidas.add(c.variableDeEntorno()));
        conocidas.addAll(vocabularioDeArchivos());
        conocidas.addAll(SIGLAS);
        Set<String> desconocidas = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w./-])[A-Z][A-Z0-9_]{3,}(?![\\w.-])").matcher(sinBloques(readme));
        while (m.find()) {
            if (!conocidas.contains(m.group())) {
                desconocidas.add(m.group());
            }
        }
        assertEquals(Set.of(), desconocidas, "Palabras en mayúsculas del README que no están en el código");
    }

    // --- Archivos, clases y propiedades ---

    @Test
    void cadaArchivoClaseYMetodoNombradoExiste() throws IOException {
        List<String> faltan = new ArrayList<>();
        for (Map.Entry<Path, String> d : documentos.entrySet()) {
            Matcher m = CODIGO.matcher(sinBloques(d.getValue()));
            while (m.find()) {
                String nombre = m.group(1).strip();
                if (ARCHIVO.matcher(nombre).matches()) {
                    if (!nombre.startsWith("/") && !nombre.startsWith("target/") && !AJENOS.containsKey(nombre)
                            && !existeArchivo(d.getKey(), nombre)) {
                        faltan.add(d.getKey() + ": " + nombre);
                    }
                    continue;
                }
                Matcher miembro = CLASE_Y_MIEMBRO.matcher(nombre);
                if (miembro.matches()) {
                    Optional<String> fuente = fuenteDeClasePorNombre(miembro.group(1));
                    if (fuente.isPresent() && !declara(fuente.get(), miembro.group(2))) {
                        faltan.add(d.getKey() + ": " + nombre + " (" + miembro.group(1) + " no tiene " + miembro.group(2)
                                + ")");
                    }
                    continue;
                }
                Matcher clase = CLASE_CON_PAQUETE.matcher(nombre);
                if (clase.matches() && esPaquete(clase.group(1))) {
                    Optional<String> fuente = fuenteDeClase(clase.group(1) + clase.group(2));
                    if (fuente.isEmpty()) {
                        faltan.add(d.getKey() + ": " + nombre + " (no hay " + clase.group(1) + clase.group(2)
                                + ".java)");
                    } else if (clase.group(3) != null && !declara(fuente.get(), clase.group(3))) {
                        faltan.add(d.getKey() + ": " + nombre + " (la clase no tiene " + clase.group(3) + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), faltan);
    }

    @Test
    void cadaPropiedadDelReadmeYDeLasPruebasLaLeeMavenOElCodigo() throws IOException {
        StringBuilder lectores = new StringBuilder(Files.readString(raiz.resolve("pom.xml")));
        try (Stream<Path> fuentes = Files.walk(raiz.resolve("src"))) {
            for (Path p : fuentes.filter(p -> p.toString().endsWith(".java")).toList()) {
                lectores.append(Files.readString(p));
            }
        }
        List<String> nadieLasLee = new ArrayList<>();
        documentos.forEach((doc, texto) -> {
            Matcher m = PROPIEDAD.matcher(texto);
            while (m.find()) {
                String propiedad = m.group(1);
                boolean conocida = lectores.indexOf("\"" + propiedad + "\"") >= 0
                        || lectores.indexOf("<" + propiedad + ">") >= 0 || lectores.indexOf("${" + propiedad + "}") >= 0
                        || propiedad.startsWith("user.") || propiedad.startsWith("surefire.")
                        || propiedad.equals("test") || propiedad.equals("it.test");
                if (!conocida) {
                    nadieLasLee.add(doc + ": -D" + propiedad);
                }
            }
        });
        assertEquals(List.of(), nadieLasLee);
    }

    // --- Forma ---

    @Test
    void elReadmeCabeEnUnaLectura() {
        long lineas = readme.lines().count();
        assertTrue(lineas <= LINEAS_MAXIMAS_DEL_README,
                "El README tiene " + lineas + " líneas: lo que no sea qué es, los dos comandos, las cuentas, la"
                        + " configuración y el mapa va en docs/");
    }

    // --- Ayudas ---

    private static List<String> bloques(String texto, String lenguaje) {
        List<String> bloques = new ArrayList<>();
        Matcher m = BLOQUE.matcher(texto);
        while (m.find()) {
            if (m.group(1).equals(lenguaje)) {
                bloques.add(m.group(2));
            }
        }
        return bloques;
    }

    private static String sinBloques(String texto) {
        return BLOQUE.matcher(texto).replaceAll("");
    }

    /** Filas de las tablas Markdown (sin la de separación), con sus celdas sin espacios alrededor. */
    private static List<List<String>> filas(String texto) {
        List<List<String>> filas = new ArrayList<>();
        for (String linea : sinBloques(texto).lines().toList()) {
            String l = linea.strip();
            if (l.startsWith("|") && l.endsWith("|") && !l.matches("\\|[\\s|:-]+\\|")) {
                filas.add(Arrays.stream(l.substring(1, l.length() - 1).split("(?<!\\\\)\\|", -1))
                        .map(String::strip).toList());
            }
        }
        return filas;
    }

    private static List<String> enlaces(String texto) {
        List<String> destinos = new ArrayList<>();
        Matcher m = ENLACE.matcher(sinBloques(texto));
        while (m.find()) {
            String d = m.group(1);
            if (!d.matches("^[a-z]+:.*")) {
                destinos.add(d);
            }
        }
        return destinos;
    }

    /** Las anclas que GitHub da a los títulos: minúsculas, sin puntuación, espacios como guiones. */
    static Set<String> anclas(String markdown) {
        Set<String> anclas = new HashSet<>();
        for (String linea : sinBloques(markdown).lines().toList()) {
            if (linea.matches("^#{1,6} .*")) {
                String titulo = linea.replaceFirst("^#{1,6} ", "").strip().toLowerCase(Locale.ROOT);
                titulo = Normalizer.normalize(titulo, Normalizer.Form.NFC);
                anclas.add(titulo.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-'));
            }
        }
        return anclas;
    }

    private static Set<String> tokensEntreComillas(String celda) {
        Set<String> tokens = new HashSet<>();
        Matcher m = CODIGO.matcher(celda);
        while (m.find()) {
            tokens.add(m.group(1).strip());
        }
        return tokens;
    }

    private static List<String> palabras(Pattern patron, String texto) {
        List<String> palabras = new ArrayList<>();
        Matcher m = patron.matcher(texto);
        while (m.find()) {
            palabras.add(m.group());
        }
        return palabras;
    }

    /** {@code A → B}, y {@code A ⇄ B} como las dos. */
    private static Set<String> transiciones(String celda) {
        Set<String> pares = new TreeSet<>();
        Matcher m = TRANSICION.matcher(celda);
        while (m.find()) {
            pares.add(m.group(1) + " → " + m.group(3));
            if (m.group(2).equals("⇄")) {
                pares.add(m.group(3) + " → " + m.group(1));
            }
        }
        return pares;
    }

    /** Los estados de todas las rutas y las constantes de todos los enum del proyecto, leídas sin inicializarlos. */
    private static Set<String> constantesDelCodigo() throws IOException {
        Set<String> constantes = new HashSet<>();
        for (Ruta r : Ruta.values()) {
            constantes.addAll(r.definicion().estados());
        }
        for (String carpeta : List.of("target/classes", "target/test-classes")) {
            Path clases = raiz.resolve(carpeta);
            try (Stream<Path> todas = Files.walk(clases)) {
                for (Path p : todas.filter(p -> p.toString().endsWith(".class")).toList()) {
                String nombre = clases.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(nombre, false, ReadmeTest.class.getClassLoader());
                    if (c.isEnum()) {
                        for (Field f : c.getDeclaredFields()) {
                            if (f.isEnumConstant()) {
                                constantes.add(f.getName());
                            }
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // Una clase que no carga sin el servidor no es un enum del dominio.
                }
                }
            }
        }
        assertTrue(constantes.contains("CUMPLE_REQUISITOS") && constantes.contains("ACCESO_DENEGADO"),
                "No se leyeron las constantes de target/classes");
        return constantes;
    }

    /**
     * Los nombres en mayúsculas que existen fuera de los enum: en los textos entre comillas del código de src/main (no
     * en sus comentarios), en las migraciones (códigos sembrados, palabras de SQL), en los realm de Keycloak, en los
     * archivos de docker/ (sus variables de entorno) y en los guiones de operación de scripts/.
     */
    private static Set<String> vocabularioDeArchivos() throws IOException {
        Set<String> vocabulario = new HashSet<>();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        try (Stream<Path> fuentes = Files.walk(raiz.resolve("src/main/java"))) {
            for (Path p : fuentes.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(p));
                while (m.find()) {
                    vocabulario.addAll(palabras(ESTADO, m.group(1)));
                }
            }
        }
        for (String carpeta : List.of("src/main/resources/db/migracion", "realm-config", "docker", "scripts")) {
            try (Stream<Path> archivos = Files.walk(raiz.resolve(carpeta))) {
                for (Path p : archivos.filter(Files::isRegularFile).toList()) {
                    vocabulario.addAll(palabras(ESTADO, Files.readString(p)));
                }
            }
        }
        return vocabulario;
    }

    /** {@code V26}: la versión de una migración que existe. */
    private static boolean esMigracionQueExiste(String nombre) {
        if (!nombre.matches("V\\d+")) {
            return false;
        }
        try (Stream<Path> m = Files.list(raiz.resolve("src/main/resources/db/migracion"))) {
            return m.anyMatch(p -> p.getFileName().toString().startsWith(nombre + "__"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final List<String> RAICES = List.of("", "src/main/java/" + PAQUETE, "src/test/java/" + PAQUETE,
            "src/main/webapp/", "src/main/resources/", "src/main/resources/db/migracion/",
            "src/main/resources/" + PAQUETE, "docs/");

    /** Un archivo nombrado por su ruta desde la raíz, un paquete o recurso, o el documento; o solo por su nombre. */
    private static boolean existeArchivo(Path documento, String nombre) throws IOException {
        Path carpeta = raiz.resolve(documento).getParent();
        if (Files.isRegularFile(carpeta.resolve(nombre))) {
            return true;
        }
        for (String r : RAICES) {
            if (Files.isRegularFile(raiz.resolve(r + nombre))) {
                return true;
            }
        }
        if (nombre.contains("/")) {
            return false;
        }
        // Un archivo que escribe o lee un guion de scripts/ (la copia de seguridad: ruta.sql, cuentas.sql).
        try (Stream<Path> guiones = Files.list(raiz.resolve("scripts"))) {
            for (Path g : guiones.toList()) {
                if (Pattern.compile("(?<![\\w.-])" + Pattern.quote(nombre) + "(?![\\w-])")
                        .matcher(Files.readString(g)).find()) {
                    return true;
                }
            }
        }
        try (Stream<Path> todo = Files.walk(raiz)) {
            return todo.filter(p -> !p.startsWith(raiz.resolve("target")) && !p.startsWith(raiz.resolve(".git")))
                    .anyMatch(p -> p.getFileName().toString().equals(nombre));
        }
    }

    /** {@code casos/} o {@code indicadores/calculo/}: un paquete de src/main o src/test. */
    private static boolean esPaquete(String carpetas) {
        return Files.isDirectory(raiz.resolve("src/main/java/" + PAQUETE + carpetas))
                || Files.isDirectory(raiz.resolve("src/test/java/" + PAQUETE + carpetas));
    }

    /**
     * Si la fuente declara ese método, campo o constante (no basta con que lo llame o lo nombre en un texto): un tipo y
     * el nombre seguido de «(», «=» o «;», o una constante de enum al comienzo de una línea.
     */
    private static boolean declara(String fuente, String miembro) {
        String m = Pattern.quote(miembro);
        return Pattern.compile("(?m)(?:\\b(?!return\\b|new\\b|throw\\b|else\\b)\\w+[>\\]]*\\s+" + m + "\\s*[(=;])"
                + "|(?:^\\s*" + m + "\\s*[(,;{])").matcher(fuente).find();
    }

    /** La fuente de la clase del proyecto con ese nombre simple (juntas, si hay dos con el mismo nombre). */
    private static Optional<String> fuenteDeClasePorNombre(String nombre) throws IOException {
        StringBuilder fuente = new StringBuilder();
        try (Stream<Path> todo = Files.walk(raiz.resolve("src"))) {
            for (Path p : todo.filter(p -> p.getFileName().toString().equals(nombre + ".java")).toList()) {
                fuente.append(Files.readString(p));
            }
        }
        return fuente.isEmpty() ? Optional.empty() : Optional.of(fuente.toString());
    }

    private static Optional<String> fuenteDeClase(String ruta) throws IOException {
        for (String r : List.of("src/main/java/" + PAQUETE, "src/test/java/" + PAQUETE)) {
            Path p = raiz.resolve(r + ruta + ".java");
            if (Files.isRegularFile(p)) {
                return Optional.of(Files.readString(p));
            }
        }
        return Optional.empty();
    }
}
