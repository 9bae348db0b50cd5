package co.gov.cartagena.ruta.importacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.casos.Atencion;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.indicadores.calculo.RecuentoDeIndicadores;
import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.indicadores.calculo.Conteo;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.Consentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.DatosSede;
import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.ServicioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * La importación de registros dentro de Payara Micro, contra MariaDB: un archivo realista con errores de toda clase,
 * personas que coinciden por documento, una parecida que pide decisión y datos sin autorización; cada registro
 * creado y cada error revisados; la reimportación sin duplicar; la anulación del lote con los indicadores como
 * estaban; el almacén igual al recuento completo en cada paso; y quién puede importar.
 */
@ExtendWith(ArquillianExtension.class)
class ImportacionIT {

    private static final AtomicLong SECUENCIA = new AtomicLong(System.nanoTime() % 1_000_000L);

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(ImportacionIT.class);
    }

    @Inject
    ServicioImportacion importacion;

    @Inject
    ServicioImportacionActividades importacionActividades;

    @Inject
    co.gov.cartagena.ruta.actividades.ServicioActividades actividades;

    @Inject
    ServicioCasos casos;

    @Inject
    ServicioPersonas personas;

    @Inject
    ServicioSedes sedes;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    RecuentoDeIndicadores recuento;

    @Inject
    ArchivosSubidos archivos;

    @Inject
    UsuarioActual usuarioActual;

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource datos;

    @ArquillianResource
    java.net.URL desplegada;

    private static final String ENCABEZADOS = "Tipo de documento;Número de documento;Nombres;Apellidos;"
            + "Fecha de nacimiento;Sexo;Etnia;¿Víctima del conflicto armado?;Teléfono;"
            + "Autoriza datos personales (Ley 1581);Autoriza datos sensibles (Ley 1581);Fecha de la autorización;"
            + "Soporte de la autorización;Fecha de apertura;Estado;Fecha de la declaración;"
            + "Entidad del Ministerio Público;Hecho victimizante;Fecha del hecho victimizante;"
            + "Fecha de verificación de requisitos;Motivo por el que no cumple los requisitos;Tipo de atención;"
            + "Fecha de la atención";

    // ---------------------------------------------------------------- quién actúa y datos

    private void como(String usuario, List<String> roles, String... sedes) {
        usuarioActual.establecer(Usuario.deClaims(usuario, usuario, null, roles,
                java.util.Arrays.stream(sedes).map(s -> "/sedes/" + s).toList()));
    }

    private void comoCoordinador(String sede) {
        como("coordinador.importa." + sede.toLowerCase(), List.of("coordinador"), sede);
    }

    private String nuevaSede(TipoSede tipo) {
        como("administrador.importacion", List.of("administrador"), "SICC");
        String codigo = "IM-" + SECUENCIA.incrementAndGet();
        // El nombre sin el código: las páginas no muestran códigos (PaginasSinCodigosIT recorre todas las sedes).
        sedes.crear(new DatosSede(codigo, "Sede de importación " + codigo.substring(3), tipo,
                "Histórica y del Caribe Norte", "Calle 30 # 17-10", null), EstadoSede.EN_OPERACION,
                LocalDate.of(2024, 1, 1), "Sede de prueba");
        return codigo;
    }

    private static String documento() {
        return String.valueOf(2_000_000_000L + SECUENCIA.incrementAndGet() * 7);
    }

    /** Una palabra distinta en cada corrida, para que la búsqueda por nombre solo encuentre lo de esta prueba. */
    private static String palabra() {
        Random r = new Random();
        StringBuilder s = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    private Map<String, Conteo> almacen() throws Exception {
        try (Connection c = datos.getConnection()) {
            return Almacen.leer(c, null, LocalDate.now(Hoy.COLOMBIA));
        }
    }

    private void almacenCoincideConElRecuento() {
        como("administrador.importacion", List.of("administrador"), "SICC");
        RecuentoDeIndicadores.Resultado r = recuento.recontar(false);
        assertTrue(r.coincide(), "diferencias: " + r.diferencias());
    }

    private static byte[] csv(String... filas) {
        return (ENCABEZADOS + "\r\n" + String.join("\r\n", filas) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String errores(List<ErrorDeFila> errores) {
        return errores.stream().map(e -> e.fila() + " | " + e.columna() + " | " + e.mensaje())
                .collect(Collectors.joining("\n"));
    }

    // ---------------------------------------------------------------- el recorrido completo

    @Test
    void unArchivoRealistaSeRevisaSeImportaNoSeDuplicaYSeAnulaConLosIndicadoresComoEstaban() throws Exception {
        String sede = nuevaSede(TipoSede.SEDE_ADMINISTRATIVA);
        comoCoordinador(sede);
        String u = palabra();
        String docNueva = documento();
        String docRegistrada = documento();
        String docParecida = documento();
        Persona registrada = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, docRegistrada, "Rosa " + u,
                "Marrugo " + u, LocalDate.of(1970, 2, 2), Sexo.MUJER), null);
        Persona parecida = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, documento(), "Marta " + u,
                "Julio " + u, LocalDate.of(1990, 1, 1), Sexo.MUJER), null);
        String aperturaVieja = "2023-12-31";
        byte[] archivo = csv(
                // 2: persona nueva con sus dos autorizaciones, requisitos verificados y una entrega
                "CC;" + docNueva + ";Luz " + u + ";Pérez " + u + ";1985-08-20;MUJER;NEGRO_AFROCOLOMBIANO;SI;"
                        + "3001234567;SI;SI;2025-03-01;Carpeta 7, folio 3;2025-03-03;CUMPLE_REQUISITOS;2025-03-01;"
                        + "PERSONERIA;DESPLAZAMIENTO_FORZADO;2025-02-20;2025-03-05;;ALIMENTACION;2025-03-06",
                // 3: la persona ya registrada (por documento), en el estado inicial, con una orientación
                "CC;" + docRegistrada + ";Rosa " + u + ";Marrugo " + u + ";1970-02-02;MUJER;;;;;;;;01/04/2025;;"
                        + "28/03/2025;DEFENSORIA;AMENAZA;20/03/2025;;;ORIENTACION;01/04/2025",
                // 4: apertura antes del plan
                "CC;" + documento() + ";Ana " + u + ";Díaz " + u + ";1980-01-01;MUJER;;;;;;;;" + aperturaVieja
                        + ";;2023-12-30;PERSONERIA;AMENAZA;2023-12-29;;;;",
                // 5: hecho victimizante fuera de la lista de la ruta
                "CC;" + documento() + ";Eva " + u + ";Ruiz " + u + ";1980-01-01;MUJER;;;;;;;;2025-05-02;;"
                        + "2025-05-01;PERSONERIA;INUNDACION;2025-04-30;;;;",
                // 6: sin autorización: teléfono y condición de víctima no se guardan
                "CC;" + documento() + ";Iris " + u + ";Vega " + u + ";1979-07-07;MUJER;;SI;3019998877;NO;NO;;;"
                        + "2025-05-02;;2025-05-01;PERSONERIA;AMENAZA;2025-04-30;;;;",
                // 7: se parece a una persona registrada (mismos nombres y nacimiento, otro documento)
                "CC;" + docParecida + ";Marta " + u + ";Julio " + u + ";1990-01-01;MUJER;;;;;;;;2025-06-02;;"
                        + "2025-06-01;PERSONERIA;AMENAZA;2025-05-30;;;;",
                // 8: la misma persona de la fila 2, otro caso
                "CC;" + docNueva + ";Luz " + u + ";Pérez " + u + ";1985-08-20;MUJER;;;;;;;;2025-06-10;;"
                        + "2025-06-09;PERSONERIA;AMENAZA;2025-06-08;;;;",
                // 9: no cumple requisitos sin el motivo que ese estado exige
                "CC;" + documento() + ";Sol " + u + ";Mora " + u + ";1981-01-01;MUJER;;;;;;;;2025-05-02;"
                        + "NO_CUMPLE_REQUISITOS;2025-05-01;PERSONERIA;AMENAZA;2025-04-30;2025-05-03;;;",
                // 10: sexo fuera de la lista y una fecha que no existe
                "CC;" + documento() + ";Paz " + u + ";León " + u + ";31/02/1990;M;;;;;;;;2025-05-02;;"
                        + "2025-05-01;PERSONERIA;AMENAZA;2025-04-30;;;;",
                // 11: una entrega que solo se presta si cumple requisitos
                "CC;" + documento() + ";Flor " + u + ";Ríos " + u + ";1982-01-01;MUJER;;;;;;;;2025-05-02;;"
                        + "2025-05-01;PERSONERIA;AMENAZA;2025-04-30;;;ALIMENTACION;2025-05-02");

        // ---- revisión: no escribe nada
        Map<String, Conteo> antes = almacen();
        Revision r = importacion.revisar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "ahi-2025.csv", archivo);
        assertEquals(10, r.filas().size());
        Map<Integer, RevisionDeFila> f = r.filas().stream()
                .collect(Collectors.toMap(RevisionDeFila::fila, x -> x));
        assertEquals(EstadoFila.VALIDA, f.get(2).estado());
        assertEquals(EstadoFila.VALIDA, f.get(3).estado());
        assertEquals(EstadoFila.VALIDA, f.get(6).estado());
        assertEquals(EstadoFila.POR_DECIDIR, f.get(7).estado());
        assertEquals(EstadoFila.VALIDA, f.get(8).estado());
        for (int n : List.of(4, 5, 9, 10, 11)) {
            assertEquals(EstadoFila.CON_ERRORES, f.get(n).estado(), "fila " + n);
        }
        assertEquals(4, r.validas());
        assertEquals(5, r.conErrores());
        assertEquals(1, r.porDecidir());
        assertEquals(2, r.personasNuevas());
        assertEquals(1, r.personasPorDocumento());
        assertEquals(registrada.getId(), f.get(3).personaPorDocumento());
        assertEquals(2, f.get(8).filaQueCreaLaPersona());
        assertEquals(List.of(new Candidato(parecida.getId(), "Marta " + u + " Julio " + u,
                "CC " + parecida.getNumeroDocumento(), LocalDate.of(1990, 1, 1))), f.get(7).candidatos());
        assertEquals(List.of("Persona nueva: CC " + docNueva + ", Luz " + u + " Pérez " + u + ".",
                "Caso de Ayuda Humanitaria Inmediata en Sede de importación " + sede.substring(3)
                        + ", abierto el 03/03/2025, en estado REGISTRADO.",
                "Historia de estados: CUMPLE_REQUISITOS.", "Atención ALIMENTACION del 06/03/2025."),
                f.get(2).creara());
        assertEquals(List.of("Sin la autorización de la Ley 1581 solo se guardan los datos mínimos; no se guardan:"
                + " Teléfono, ¿Víctima del conflicto armado?."), f.get(6).avisos());
        assertEquals(String.join("\n",
                "4 | Fecha de apertura | Fecha de apertura no puede ser anterior al 01/01/2024, inicio del plan.",
                "5 | Hecho victimizante | Hecho victimizante: elija una de las opciones (DESPLAZAMIENTO_FORZADO,"
                        + " AMENAZA, HOMICIDIO, DESAPARICION_FORZADA, DELITO_CONTRA_LA_LIBERTAD_SEXUAL,"
                        + " MINAS_ANTIPERSONAL, RECLUTAMIENTO, SECUESTRO, TORTURA, ACTO_TERRORISTA, CONFINAMIENTO,"
                        + " OTRO).",
                "9 | Motivo por el que no cumple los requisitos | Para pasar a NO_CUMPLE_REQUISITOS falta: Motivo por"
                        + " el que no cumple los requisitos.",
                "10 | Fecha de nacimiento | Fecha de nacimiento: «31/02/1990» no es una fecha; escríbala como"
                        + " AAAA-MM-DD o DD/MM/AAAA.",
                "10 | Sexo | Sexo: elija un valor de la lista (Mujer, Hombre, Intersexual).",
                "11 | Tipo de atención | La atención ALIMENTACION no se presta con el caso en estado REGISTRADO"
                        + " (solo en [CUMPLE_REQUISITOS])."), errores(r.errores()));
        assertEquals(antes, almacen(), "la revisión no cambia los indicadores");
        assertTrue(personas.buscarAntesDeCrear(TipoDocumento.CC, docNueva, "", "").porDocumento().isEmpty(),
                "la revisión no crea personas");
        String conErrores = new String(ServicioImportacion.filasConError(r), StandardCharsets.UTF_8);
        assertEquals(6, conErrores.split("\r\n").length, conErrores);
        assertTrue(conErrores.split("\r\n")[0].endsWith(";Motivos"));

        // ---- importación con la decisión sobre la persona parecida
        ResultadoImportacion hecho = importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "ahi-2025.csv",
                archivo, Map.of(7, parecida.getId()));
        assertNotNull(hecho.lote());
        assertEquals(5, hecho.creadas());
        assertEquals(0, hecho.yaImportadas());
        assertEquals(2, hecho.personasNuevas());
        assertEquals(errores(r.errores()), errores(hecho.errores()));
        LoteImportacion lote = importacion.lote(hecho.lote());
        assertEquals(EstadoLote.IMPORTADO, lote.getEstado());
        assertEquals(10, lote.getFilas());
        assertEquals(5, lote.getCreadas());
        assertEquals(5, lote.getConErrores());
        assertEquals(2, lote.getPersonasNuevas());
        Map<Integer, RegistroImportado> reg = importacion.registros(hecho.lote()).stream()
                .collect(Collectors.toMap(RegistroImportado::getFila, x -> x));
        assertEquals(java.util.Set.of(2, 3, 6, 7, 8), reg.keySet());

        // fila 2: persona nueva con sus autorizaciones y datos; caso con su historia y su entrega
        Persona nueva = personas.obtener(reg.get(2).getPersonaId());
        assertTrue(reg.get(2).isPersonaNueva());
        assertEquals(docNueva, nueva.getNumeroDocumento());
        assertEquals("Luz " + u + " Pérez " + u, nueva.nombreCompleto());
        assertEquals("3001234567", nueva.datos().telefono());
        assertTrue(nueva.isVictimaConflicto());
        assertEquals(co.gov.cartagena.ruta.personas.Etnia.NEGRO_AFROCOLOMBIANO, nueva.getEtnia());
        assertEquals(List.of(AlcanceConsentimiento.DATOS_PERSONALES, AlcanceConsentimiento.DATOS_SENSIBLES),
                nueva.getConsentimientos().stream().map(Consentimiento::getAlcance).sorted().toList());
        assertTrue(nueva.getConsentimientos().stream().allMatch(c -> c.getSoporte().equals("Carpeta 7, folio 3")
                && c.getFecha().equals(LocalDate.of(2025, 3, 1))));
        Caso c2 = casos.obtener(reg.get(2).getCasoId());
        assertEquals(Ruta.AYUDA_HUMANITARIA_INMEDIATA, c2.getRuta());
        assertEquals(sede, c2.getSede().getCodigo());
        assertEquals(LocalDate.of(2025, 3, 3), c2.getFechaApertura());
        assertEquals("CUMPLE_REQUISITOS", c2.getEstado());
        assertEquals(Map.of("fechaDeclaracion", "2025-03-01", "entidadDeclaracion", "PERSONERIA",
                "hechoVictimizante", "DESPLAZAMIENTO_FORZADO", "fechaHecho", "2025-02-20",
                "fechaVerificacion", "2025-03-05"), c2.datos());
        assertEquals(List.of("Apertura", "Importado del lote " + hecho.lote() + ", fila 2"),
                c2.getEventos().stream().map(e -> e.getMotivo()).toList());
        assertEquals(List.of("ALIMENTACION@2025-03-06"), c2.getAtenciones().stream()
                .map(a -> a.getTipo() + "@" + a.getFecha()).toList());
        assertEquals(nueva.getId(), c2.titular().getId());
        // fila 3: la persona registrada, sin crear otra
        assertFalse(reg.get(3).isPersonaNueva());
        assertEquals(registrada.getId(), reg.get(3).getPersonaId());
        Caso c3 = casos.obtener(reg.get(3).getCasoId());
        assertEquals("REGISTRADO", c3.getEstado());
        assertEquals(LocalDate.of(2025, 4, 1), c3.getFechaApertura());
        assertEquals(List.of("ORIENTACION@2025-04-01"), c3.getAtenciones().stream()
                .map(a -> a.getTipo() + "@" + a.getFecha()).toList());
        // fila 6: solo los datos mínimos
        Persona minima = personas.obtener(reg.get(6).getPersonaId());
        assertTrue(reg.get(6).isPersonaNueva());
        assertNull(minima.datos().telefono());
        assertFalse(minima.isVictimaConflicto());
        assertTrue(minima.getConsentimientos().isEmpty());
        // fila 7: la persona elegida en la revisión; fila 8: la persona de la fila 2
        assertEquals(parecida.getId(), reg.get(7).getPersonaId());
        assertFalse(reg.get(7).isPersonaNueva());
        assertEquals(nueva.getId(), reg.get(8).getPersonaId());
        assertFalse(reg.get(8).isPersonaNueva());
        assertEquals(2, casos.dePersona(nueva).size());
        for (RegistroImportado x : reg.values()) {
            Caso c = casos.obtener(x.getCasoId());
            assertEquals(x.getPersonaId(), c.titular().getId());
            assertFalse(c.isAnulado());
        }
        // las filas que fallaron, para corregirlas
        String fallidas = new String(importacion.filasConError(hecho.lote()), StandardCharsets.UTF_8);
        String[] lineas = fallidas.split("\r\n");
        assertEquals(6, lineas.length, fallidas);
        assertTrue(lineas[1].contains(aperturaVieja) && lineas[1].endsWith(
                "Fecha de apertura: Fecha de apertura no puede ser anterior al 01/01/2024, inicio del plan."), lineas[1]);
        Map<String, Conteo> importado = almacen();
        assertNotEquals(antes, importado, "los casos importados cuentan en los indicadores");
        almacenCoincideConElRecuento();

        // ---- otra vez el mismo archivo: nada nuevo
        comoCoordinador(sede);
        ResultadoImportacion otraVez = importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede,
                "ahi-2025-copia.csv", archivo, Map.of(7, parecida.getId()));
        assertNull(otraVez.lote());
        assertTrue(otraVez.nadaNuevo());
        assertEquals(5, otraVez.yaImportadas());
        assertEquals(errores(r.errores()), errores(otraVez.errores()));
        Revision revisadaOtraVez = importacion.revisar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "x.csv", archivo);
        assertEquals("Ya se importó en el lote " + hecho.lote() + " (fila 2, caso " + reg.get(2).getCasoId()
                + "): no se crea nada.", revisadaOtraVez.filas().get(0).avisos().get(0));
        assertEquals(2, casos.dePersona(nueva).size());
        assertEquals(5, importacion.registros(hecho.lote()).size());
        assertEquals(importado, almacen());

        // ---- anulación: los casos del lote se anulan y los indicadores vuelven
        LoteImportacion anulado = importacion.anular(hecho.lote(), "Archivo de la sede equivocada");
        assertEquals(EstadoLote.ANULADO, anulado.getEstado());
        assertEquals("Archivo de la sede equivocada", anulado.getMotivoAnulacion());
        for (RegistroImportado x : reg.values()) {
            assertTrue(casos.obtener(x.getCasoId()).isAnulado());
        }
        assertEquals(antes, almacen(), "tras anular el lote los indicadores son los de antes");
        almacenCoincideConElRecuento();
        comoCoordinador(sede);
        assertThrows(co.gov.cartagena.ruta.comun.ReglaIncumplida.class,
                () -> importacion.anular(hecho.lote(), "otra vez"));
        List<RegistroAuditoria> rastro = auditoria.deEntidad("importacion", hecho.lote().toString());
        assertTrue(rastro.stream().anyMatch(a -> a.getAccion() == Accion.CREAR), "importación en el rastro");
        assertTrue(rastro.stream().anyMatch(a -> a.getAccion() == Accion.ANULAR
                && a.getDetalle().equals("5 casos anulados: Archivo de la sede equivocada")), "anulación en el rastro");
        assertTrue(rastro.stream().anyMatch(a -> a.getAccion() == Accion.DESCARGAR), "descarga en el rastro");

        // ---- con el lote anulado, las mismas filas se pueden importar de nuevo
        ResultadoImportacion deNuevo = importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "ahi-2025.csv",
                archivo, Map.of(7, PERSONA_NUEVA_PARA_LA_PRUEBA));
        assertEquals(5, deNuevo.creadas());
        assertEquals(1, deNuevo.personasNuevas(), "solo la fila 7, elegida como nueva; las demás ya existen");
        almacenCoincideConElRecuento();
    }

    private static final long PERSONA_NUEVA_PARA_LA_PRUEBA = ServicioImportacion.PERSONA_NUEVA;

    // ---------------------------------------------------------------- actividades colectivas

    private static final String ENCABEZADOS_ACTIVIDADES = "Clave de la actividad;Tipo de actividad;"
            + "Fecha de la actividad;Lugar;Número de participantes;Objeto de la actividad;Tipo de documento;"
            + "Número de documento;Nombres;Apellidos;Fecha de nacimiento;Sexo;Teléfono;"
            + "Autoriza datos personales (Ley 1581);Fecha de la autorización;Soporte de la autorización";

    private static byte[] csvDeActividades(String... filas) {
        return (ENCABEZADOS_ACTIVIDADES + "\r\n" + String.join("\r\n", filas) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unArchivoDeActividadesSeRevisaSeImportaNoSeDuplicaYSeAnulaConLosIndicadoresComoEstaban() throws Exception {
        String sede = nuevaSede(TipoSede.SEDE_ADMINISTRATIVA);
        comoCoordinador(sede);
        String u = palabra();
        String docNueva = documento();
        String docRegistrada = documento();
        Persona registrada = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, docRegistrada, "Rosa " + u,
                "Marrugo " + u, LocalDate.of(1970, 2, 2), Sexo.MUJER), null);
        Persona parecida = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, documento(), "Marta " + u,
                "Julio " + u, LocalDate.of(1990, 1, 1), Sexo.MUJER), null);
        String a1 = "A1-" + u + ";jornada de mediacion y desarme;2025-04-12;Colegio Olga González;3;;";
        String m2 = "M2-" + u + ";INICIATIVA_MEMORIA;20/05/2025;Parque Centenario;40;Mural de la memoria;";
        byte[] archivo = csvDeActividades(
                // 2: la jornada (tipo por su nombre, sin tildes ni mayúsculas) y una asistente nueva autorizada
                a1 + "CC;" + docNueva + ";Luz " + u + ";Pérez " + u + ";1990-03-03;MUJER;3001112233;SI;2025-04-12;"
                        + "Acta A1",
                // 3: la misma jornada; una persona ya registrada (por documento)
                a1 + "CC;" + docRegistrada + ";Rosa " + u + ";Marrugo " + u + ";1970-02-02;MUJER;;;;",
                // 4: se parece a una persona registrada (mismos nombres y nacimiento, otro documento)
                a1 + "CC;" + documento() + ";Marta " + u + ";Julio " + u + ";1990-01-01;MUJER;;;;",
                // 5: la asistente de la fila 2 otra vez
                a1 + "CC;" + docNueva + ";Luz " + u + ";Pérez " + u + ";1990-03-03;MUJER;;;;",
                // 6: una cuarta asistente en una jornada de 3 participantes
                a1 + "CC;" + documento() + ";Ada " + u + ";Soto " + u + ";1991-01-01;MUJER;;;;",
                // 7: la misma clave con otro lugar
                "A1-" + u + ";jornada de mediacion y desarme;2025-04-12;Otro lugar;3;;CC;" + documento() + ";Eva "
                        + u + ";Ruiz " + u + ";1980-01-01;MUJER;;;;",
                // 8: una iniciativa de memoria sin el objeto que su tipo exige
                "M1-" + u + ";INICIATIVA_MEMORIA;2025-05-20;Parque Centenario;40;;;;;;;;;;;",
                // 9: una iniciativa con su objeto y sin asistentes con nombre
                m2 + ";;;;;;;;;",
                // 10: un tipo que no está en el catálogo
                "M3-" + u + ";Taller de costura;2025-05-20;Parque Centenario;10;;;;;;;;;;;",
                // 11: antes del plan
                "M4-" + u + ";INICIATIVA_MEMORIA;2023-12-01;Parque Centenario;10;Mural;;;;;;;;;;",
                // 12: igual a la fila 9
                m2 + ";;;;;;;;;");

        // ---- revisión: no escribe nada
        Map<String, Conteo> antes = almacen();
        Revision r = importacionActividades.revisar(sede, "actividades-2025.csv", archivo);
        assertNull(r.ruta());
        Map<Integer, RevisionDeFila> f = r.filas().stream()
                .collect(Collectors.toMap(RevisionDeFila::fila, x -> x));
        assertEquals(11, f.size());
        for (int n : List.of(2, 3, 9)) {
            assertEquals(EstadoFila.VALIDA, f.get(n).estado(), "fila " + n);
        }
        assertEquals(EstadoFila.POR_DECIDIR, f.get(4).estado());
        assertEquals(EstadoFila.YA_IMPORTADA, f.get(12).estado());
        assertEquals(1, r.personasNuevas(), "la fila 2; la 9 no trae persona");
        for (int n : List.of(5, 6, 7, 8, 10, 11)) {
            assertEquals(EstadoFila.CON_ERRORES, f.get(n).estado(), "fila " + n);
        }
        assertEquals(List.of("Actividad nueva: Jornada de mediación y desarme del 12/04/2025 en Colegio Olga"
                + " González, 3 participantes (clave «A1-" + u + "»).", "Persona nueva: CC " + docNueva + ", Luz " + u
                + " Pérez " + u + ".", "Asistente de la actividad."), f.get(2).creara());
        assertEquals(List.of("La actividad que crea la fila 2 (misma clave).", "Persona ya registrada (coincide el"
                + " documento): Rosa " + u + " Marrugo " + u + ", id " + registrada.getId() + ".",
                "Asistente de la actividad."), f.get(3).creara());
        assertEquals(registrada.getId(), f.get(3).personaPorDocumento());
        assertEquals(List.of(parecida.getId()), f.get(4).candidatos().stream().map(Candidato::id).toList());
        assertEquals(List.of("Actividad nueva: Iniciativa de memoria asistida del 20/05/2025 en Parque Centenario,"
                + " 40 participantes (clave «M2-" + u + "»)."), f.get(9).creara());
        assertEquals("Es igual a la fila 9 de este archivo: no se crea otra vez.", f.get(12).avisos().get(0));
        String listaDeTipos = r.columnas().stream().filter(c -> c.clave().equals("tipoActividad")).findFirst()
                .orElseThrow().opciones().stream().collect(Collectors.joining(", "));
        assertEquals(String.join("\n",
                "5 | Número de documento | Esta persona ya está en la asistencia de la actividad.",
                "6 | Número de participantes | La actividad tiene 3 participantes y esta fila sería el asistente 4:"
                        + " aumente el número de participantes.",
                "7 | Clave de la actividad | La fila 2 trae la misma clave de actividad con otros datos: cada clave es"
                        + " una actividad y sus filas repiten sus mismos datos.",
                "8 | Objeto de la actividad | Escriba el objeto de la actividad (iniciativa).",
                "10 | Tipo de actividad | Tipo de actividad: elija un valor de la lista (" + listaDeTipos + ").",
                "11 | Fecha de la actividad | Fecha de la actividad no puede ser anterior al 01/01/2024, inicio del"
                        + " plan."), errores(r.errores()));
        assertEquals(antes, almacen(), "la revisión no cambia los indicadores");
        assertTrue(personas.buscarAntesDeCrear(TipoDocumento.CC, docNueva, "", "").porDocumento().isEmpty(),
                "la revisión no crea personas");

        // ---- importación con la decisión: la parecida es la registrada
        ResultadoImportacion hecho = importacionActividades.importar(sede, "actividades-2025.csv", archivo,
                Map.of(4, parecida.getId()));
        assertEquals(4, hecho.creadas());
        assertEquals(1, hecho.yaImportadas());
        assertEquals(1, hecho.personasNuevas());
        assertEquals(errores(r.errores()), errores(hecho.errores()));
        LoteImportacion lote = importacion.lote(hecho.lote());
        assertTrue(lote.isDeActividades());
        assertEquals(11, lote.getFilas());
        assertEquals(6, lote.getConErrores());
        Map<Integer, RegistroImportado> reg = importacion.registros(hecho.lote()).stream()
                .collect(Collectors.toMap(RegistroImportado::getFila, x -> x));
        assertEquals(java.util.Set.of(2, 3, 4, 9), reg.keySet());
        assertTrue(reg.get(2).isActividadNueva() && reg.get(2).isPersonaNueva());
        assertFalse(reg.get(3).isActividadNueva() || reg.get(4).isActividadNueva());
        assertEquals(reg.get(2).getActividadId(), reg.get(3).getActividadId());
        assertEquals(reg.get(2).getActividadId(), reg.get(4).getActividadId());
        assertTrue(reg.values().stream().allMatch(x -> x.getCasoId() == null));
        var jornada = actividades.ficha(reg.get(2).getActividadId());
        assertEquals("JORNADA_MEDIACION_DESARME", jornada.actividad().getTipo().getCodigo());
        assertEquals(sede, jornada.actividad().getSede().getCodigo());
        assertEquals(LocalDate.of(2025, 4, 12), jornada.actividad().getFecha());
        assertEquals("Colegio Olga González", jornada.actividad().getLugar());
        assertEquals(3, jornada.actividad().getParticipantes());
        assertEquals(java.util.Set.of(reg.get(2).getPersonaId(), registrada.getId(), parecida.getId()),
                jornada.personas().stream().map(Persona::getId).collect(Collectors.toSet()));
        Persona nueva = personas.obtener(reg.get(2).getPersonaId());
        assertEquals(docNueva, nueva.getNumeroDocumento());
        assertEquals("3001112233", nueva.datos().telefono());
        assertEquals(List.of(AlcanceConsentimiento.DATOS_PERSONALES), nueva.getConsentimientos().stream()
                .map(Consentimiento::getAlcance).toList());
        var memoria = actividades.ficha(reg.get(9).getActividadId());
        assertTrue(reg.get(9).isActividadNueva());
        assertNull(reg.get(9).getPersonaId());
        assertEquals("INICIATIVA_MEMORIA", memoria.actividad().getTipo().getCodigo());
        assertEquals("Mural de la memoria", memoria.actividad().getObjeto());
        assertEquals(40, memoria.actividad().getParticipantes());
        assertEquals(0, memoria.numeroPersonas());
        String fallidas = new String(importacion.filasConError(hecho.lote()), StandardCharsets.UTF_8);
        assertEquals(7, fallidas.split("\r\n").length, fallidas);
        assertTrue(fallidas.split("\r\n")[0].startsWith("\uFEFFClave de la actividad;"), fallidas);
        assertEquals(antes, almacen(), "sin evidencia, una actividad no cuenta (como a mano)");
        // Con su evidencia (el acta), las dos actividades cuentan.
        byte[] acta = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        actividades.adjuntarEvidencia(reg.get(2).getActividadId(), "acta-a1.pdf", acta, "Acta");
        actividades.adjuntarEvidencia(reg.get(9).getActividadId(), "acta-m2.pdf", acta, "Acta");
        Map<String, Conteo> importado = almacen();
        assertNotEquals(antes, importado, "las actividades importadas cuentan en los indicadores");
        almacenCoincideConElRecuento();

        // ---- otra vez el mismo archivo: nada nuevo
        comoCoordinador(sede);
        ResultadoImportacion otraVez = importacionActividades.importar(sede, "copia.csv", archivo,
                Map.of(4, parecida.getId()));
        assertTrue(otraVez.nadaNuevo());
        assertNull(otraVez.lote());
        assertEquals(5, otraVez.yaImportadas());
        assertEquals(importado, almacen());

        // ---- otro archivo suma una asistente a la iniciativa ya importada (otro lote)
        String docOtra = documento();
        byte[] segundo = csvDeActividades(m2 + "CC;" + docOtra + ";Ana " + u + ";Gómez " + u
                + ";1995-05-05;MUJER;;;;");
        Revision r2 = importacionActividades.revisar(sede, "asistencia.csv", segundo);
        assertEquals(List.of("Se suma a la actividad " + reg.get(9).getActividadId() + ", ya importada: Iniciativa"
                + " de memoria asistida del 20/05/2025.", "Persona nueva: CC " + docOtra + ", Ana " + u + " Gómez " + u
                + ".", "Asistente de la actividad."), r2.filas().get(0).creara());
        ResultadoImportacion suma = importacionActividades.importar(sede, "asistencia.csv", segundo, Map.of());
        assertEquals(1, suma.creadas());
        RegistroImportado sumada = importacion.registros(suma.lote()).get(0);
        assertEquals(reg.get(9).getActividadId(), sumada.getActividadId());
        assertFalse(sumada.isActividadNueva());
        assertEquals(1, actividades.ficha(reg.get(9).getActividadId()).numeroPersonas());
        almacenCoincideConElRecuento();

        // ---- anular el segundo lote quita la asistente; anular el primero anula sus actividades
        comoCoordinador(sede);
        importacion.anular(suma.lote(), "Asistencia de otra iniciativa");
        assertEquals(0, actividades.ficha(reg.get(9).getActividadId()).numeroPersonas());
        assertFalse(actividades.ficha(reg.get(9).getActividadId()).actividad().isAnulada());
        assertTrue(auditoria.deEntidad("importacion", suma.lote().toString()).stream().anyMatch(a -> a.getAccion()
                == Accion.ANULAR && a.getDetalle().equals("0 actividades anuladas y 1 asistencias quitadas:"
                        + " Asistencia de otra iniciativa")));
        LoteImportacion anulado = importacion.anular(hecho.lote(), "Archivo de otro año");
        assertEquals(EstadoLote.ANULADO, anulado.getEstado());
        assertTrue(actividades.ficha(reg.get(2).getActividadId()).actividad().isAnulada());
        assertTrue(actividades.ficha(reg.get(9).getActividadId()).actividad().isAnulada());
        assertTrue(auditoria.deEntidad("importacion", hecho.lote().toString()).stream().anyMatch(a -> a.getAccion()
                == Accion.ANULAR && a.getDetalle().equals("2 actividades anuladas y 0 asistencias quitadas:"
                        + " Archivo de otro año")));
        assertEquals(antes, almacen(), "tras anular los lotes los indicadores son los de antes");
        almacenCoincideConElRecuento();

        // ---- con el lote anulado, las filas se importan de nuevo en actividades nuevas
        comoCoordinador(sede);
        ResultadoImportacion deNuevo = importacionActividades.importar(sede, "actividades-2025.csv", archivo,
                Map.of(4, parecida.getId()));
        assertEquals(4, deNuevo.creadas());
        assertEquals(0, deNuevo.personasNuevas());
        assertNotEquals(reg.get(2).getActividadId(), importacion.registros(deNuevo.lote()).get(0).getActividadId());
        almacenCoincideConElRecuento();

        // ---- solo la coordinación de la sede
        como("gestora.importa", List.of("gestor"), sede);
        assertThrows(OperacionNoPermitida.class, () -> importacionActividades.revisar(sede, "a.csv", archivo));
        assertThrows(OperacionNoPermitida.class, importacionActividades::plantillaExcel);
    }

    // ---------------------------------------------------------------- varias filas, un caso

    @Test
    void lasFilasConLaMismaClaveDelCasoAgreganAtencionesAvanzanElEstadoYLoCierran() throws Exception {
        String sede = nuevaSede(TipoSede.SEDE_ADMINISTRATIVA);
        comoCoordinador(sede);
        String u = palabra();
        String doc = documento();
        String persona = "CC;" + doc + ";Nidia " + u + ";Arrieta " + u + ";1979-09-09;MUJER;";
        String declaracion = ";2025-03-01;PERSONERIA;DESPLAZAMIENTO_FORZADO;2025-02-20;";
        String encabezados = "Clave del caso;Tipo de documento;Número de documento;Nombres;Apellidos;"
                + "Fecha de nacimiento;Sexo;Fecha de apertura;Estado;Fecha de la declaración;"
                + "Entidad del Ministerio Público;Hecho victimizante;Fecha del hecho victimizante;"
                + "Fecha de verificación de requisitos;Tipo de atención;Fecha de la atención;Fecha de cierre;"
                + "Motivo del cierre";
        byte[] archivo = (encabezados + "\r\n"
                // 2: abre el caso con una orientación
                + "C-" + u + ";" + persona + "2025-03-03;" + declaracion + ";ORIENTACION;2025-03-04;;\r\n"
                // 3: cumple requisitos y recibe alimentación; las listas por su nombre, sin mayúsculas ni tildes
                + "c-" + u + ";cedula de ciudadania;" + doc + ";Nidia " + u + ";Arrieta " + u + ";1979-09-09;mujer;"
                + "2025-03-03;Cumple requisitos;2025-03-01;Personería Distrital;desplazamiento forzado;2025-02-20;"
                + "2025-03-05;Alimentación;2025-03-06;;\r\n"
                // 4: otra entrega y el cierre
                + "C-" + u + ";" + persona + "2025-03-03;CUMPLE_REQUISITOS" + declaracion + "2025-03-05;"
                + "ALIMENTACION;2025-04-06;2025-04-10;Entregas completas\r\n"
                // 5: la misma clave con otra fecha de apertura
                + "C-" + u + ";" + persona + "2025-03-09;" + declaracion + ";ORIENTACION;2025-03-10;;\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Conteo> antes = almacen();
        Revision r = importacion.revisar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "casos.csv", archivo);
        Map<Integer, RevisionDeFila> f = r.filas().stream()
                .collect(Collectors.toMap(RevisionDeFila::fila, x -> x));
        assertEquals(List.of(EstadoFila.VALIDA, EstadoFila.VALIDA, EstadoFila.VALIDA, EstadoFila.CON_ERRORES),
                List.of(f.get(2).estado(), f.get(3).estado(), f.get(4).estado(), f.get(5).estado()));
        assertEquals(List.of("Al caso que abre la fila 2 (misma clave del caso).", "Historia de estados:"
                + " CUMPLE_REQUISITOS.", "Atención ALIMENTACION del 06/03/2025."), f.get(3).creara());
        assertEquals(List.of("Al caso que abre la fila 2 (misma clave del caso).", "Atención ALIMENTACION del"
                + " 06/04/2025.", "Cierre del 10/04/2025: Entregas completas."), f.get(4).creara());
        assertEquals("5 | Clave del caso | La fila 2 abre el caso de esta clave con otra persona u otra fecha de"
                + " apertura: las filas de un caso repiten su persona y su apertura.", errores(r.errores()));
        assertEquals(1, r.personasNuevas());
        assertEquals(antes, almacen());

        ResultadoImportacion hecho = importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "casos.csv",
                archivo, Map.of());
        assertEquals(3, hecho.creadas());
        assertEquals(1, hecho.personasNuevas());
        List<RegistroImportado> reg = importacion.registros(hecho.lote());
        assertEquals(List.of(2, 3, 4), reg.stream().map(RegistroImportado::getFila).toList());
        assertEquals(1, reg.stream().map(RegistroImportado::getCasoId).distinct().count(), "un solo caso");
        Caso c = casos.obtener(reg.get(0).getCasoId());
        assertEquals("CERRADO", c.getEstado());
        assertEquals(LocalDate.of(2025, 4, 10), c.getFechaCierre());
        assertEquals("Entregas completas", c.getMotivoCierre());
        assertEquals("2025-03-05", c.datos().get("fechaVerificacion"));
        assertEquals(List.of("ORIENTACION@2025-03-04", "ALIMENTACION@2025-03-06", "ALIMENTACION@2025-04-06"),
                c.getAtenciones().stream().sorted(java.util.Comparator.comparing(Atencion::getFecha))
                        .map(a -> a.getTipo() + "@" + a.getFecha()).toList());
        assertEquals(List.of("REGISTRADO→CUMPLE_REQUISITOS", "CUMPLE_REQUISITOS→CERRADO"),
                c.getEventos().stream().filter(e -> e.getEstadoDe() != null)
                        .map(e -> e.getEstadoDe() + "→" + e.getEstadoA()).toList());
        almacenCoincideConElRecuento();

        comoCoordinador(sede);
        ResultadoImportacion otraVez = importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "casos.csv",
                archivo, Map.of());
        assertTrue(otraVez.nadaNuevo());
        assertEquals(3, otraVez.yaImportadas());
        importacion.anular(hecho.lote(), "Prueba de casos agrupados");
        assertTrue(casos.obtener(c.getId()).isAnulado());
        assertEquals(antes, almacen());
        almacenCoincideConElRecuento();
    }

    // ---------------------------------------------------------------- la plantilla de Excel, llena

    @Test
    void laPlantillaDeExcelLlenaSeImportaConLasReglasDeLaRuta() throws Exception {
        String sede = nuevaSede(TipoSede.SEDE_ADMINISTRATIVA);
        comoCoordinador(sede);
        String u = palabra();
        byte[] plantilla = importacion.plantillaExcel(Ruta.LABORATORIOS_DE_PAZ);
        List<Columna> columnas = ColumnasDeRuta.de(Ruta.LABORATORIOS_DE_PAZ, List.of(sede));
        byte[] lleno;
        try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(plantilla));
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            Sheet hoja = libro.getSheet(Plantilla.HOJA_REGISTROS);
            llenar(hoja.getRow(1), columnas, Map.of("tipoDocumento", "TI", "numeroDocumento", documento(),
                    "nombres", "Kevin " + u, "apellidos", "Julio " + u, "fechaNacimiento", "2010-05-10",
                    "sexo", "HOMBRE", "sede", sede, "fechaApertura", "2025-02-01", "estado", "EGRESADO",
                    "fechaEgreso", "2025-11-30"));
            llenar(hoja.createRow(2), columnas, Map.of("tipoDocumento", "CC", "numeroDocumento", documento(),
                    "nombres", "Mario " + u, "apellidos", "Paz " + u, "fechaNacimiento", "1990-05-10",
                    "sexo", "HOMBRE", "fechaApertura", "2025-02-01", "tipoAtencion", "SESION",
                    "fechaAtencion", "2025-02-03"));
            libro.write(salida);
            lleno = salida.toByteArray();
        }
        Revision r = importacion.revisar(Ruta.LABORATORIOS_DE_PAZ, sede, "laboratorios.xlsx", lleno);
        assertEquals("3 | Fecha de nacimiento | La ruta Laboratorios de Paz es para personas de 12 a 28 años al"
                + " vincularse; la persona tiene 34.", errores(r.errores()));
        ResultadoImportacion hecho = importacion.importar(Ruta.LABORATORIOS_DE_PAZ, sede, "laboratorios.xlsx",
                lleno, Map.of());
        assertEquals(1, hecho.creadas());
        RegistroImportado x = importacion.registros(hecho.lote()).get(0);
        Caso c = casos.obtener(x.getCasoId());
        assertEquals("EGRESADO", c.getEstado());
        assertEquals("2025-11-30", c.datos().get("fechaEgreso"));
        assertEquals(List.of(), c.getAtenciones().stream().map(Atencion::getTipo).toList());
        almacenCoincideConElRecuento();
    }

    private static void llenar(Row fila, List<Columna> columnas, Map<String, String> valores) {
        for (int i = 0; i < columnas.size(); i++) {
            String v = valores.getOrDefault(columnas.get(i).clave(), "");
            (fila.getCell(i) == null ? fila.createCell(i) : fila.getCell(i)).setCellValue(v);
        }
    }

    // ---------------------------------------------------------------- quién importa

    @Test
    void soloLaCoordinacionDeLaSedeImportaYLoDemasQuedaDenegadoEnElRastro() {
        String sede = nuevaSede(TipoSede.SEDE_ADMINISTRATIVA);
        String otra = nuevaSede(TipoSede.SEDE_ADMINISTRATIVA);
        byte[] archivo = csv("CC;" + documento() + ";Ana Uno;Díaz Dos;1980-01-01;MUJER;;;;;;;;2025-05-02;;"
                + "2025-05-01;PERSONERIA;AMENAZA;2025-04-30;;;;");
        como("gestora.importa", List.of("gestor"), sede);
        OperacionNoPermitida gestora = assertThrows(OperacionNoPermitida.class,
                () -> importacion.revisar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "a.csv", archivo));
        assertEquals("Solo la coordinación de una sede importa registros.", gestora.getMessage());
        como("administrador.importa", List.of("administrador"), sede);
        assertThrows(OperacionNoPermitida.class,
                () -> importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "a.csv", archivo, Map.of()));
        comoCoordinador(otra);
        OperacionNoPermitida ajena = assertThrows(OperacionNoPermitida.class,
                () -> importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "a.csv", archivo, Map.of()));
        assertEquals("Usted no coordina la sede " + sede + ": solo importa registros para las sedes que coordina.",
                ajena.getMessage());
        comoCoordinador(sede);
        ResultadoImportacion hecho = importacion.importar(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "a.csv", archivo,
                Map.of());
        assertEquals(1, hecho.creadas());
        comoCoordinador(otra);
        assertThrows(co.gov.cartagena.ruta.comun.NoEncontrado.class,
                () -> importacion.anular(hecho.lote(), "no es mío"));
        assertTrue(importacion.lotes(50).stream().noneMatch(l -> l.getId().equals(hecho.lote())));
        comoCoordinador(sede);
        assertTrue(importacion.lotes(50).stream().anyMatch(l -> l.getId().equals(hecho.lote())));
        assertTrue(auditoria.deEntidad("importacion", hecho.lote().toString()).stream()
                .anyMatch(a -> a.getAccion() == Accion.ACCESO_DENEGADO));
    }

    // ---------------------------------------------------------------- el archivo subido, en el servidor

    /**
     * La página no guarda el archivo: lo guarda el servidor, solo para quien lo subió, hasta importarlo o abandonarlo.
     * Un tramo con varias filas que cambian varias veces su caso deja el almacén igual al recuento, cada caso con su
     * historia y su atención, y cada paso en el rastro como a mano.
     */
    @Test
    void elArchivoSubidoQuedaEnElServidorSoloParaQuienLoSubioYSeBorraAlImportarloOAbandonarlo() throws Exception {
        String sede = nuevaSede(TipoSede.SEDE_ADMINISTRATIVA);
        String u = palabra();
        byte[] archivo = csv(
                "CC;" + documento() + ";Ada " + u + ";Uno " + u + ";1980-01-01;MUJER;;;;;;;;2025-05-02;"
                        + "CUMPLE_REQUISITOS;2025-05-01;PERSONERIA;AMENAZA;2025-04-30;2025-05-03;;ALIMENTACION;"
                        + "2025-05-04",
                "CC;" + documento() + ";Bea " + u + ";Dos " + u + ";1981-01-01;MUJER;;;;;;;;2025-06-02;"
                        + "CUMPLE_REQUISITOS;2025-06-01;PERSONERIA;AMENAZA;2025-05-30;2025-06-03;;ALIMENTACION;"
                        + "2025-06-04",
                "CC;" + documento() + ";Cira " + u + ";Tres " + u + ";1982-01-01;MUJER;;;;;;;;2025-07-02;;"
                        + "2025-07-01;PERSONERIA;AMENAZA;2025-06-30;;;ORIENTACION;2025-07-02");
        comoCoordinador(sede);
        Long id = importacion.subir(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "tres.csv", archivo, null);
        assertEquals(id, importacion.subir(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "tres.csv", archivo, null),
                "el mismo archivo de la misma persona es la misma fila");
        assertEquals(3, importacion.revisarSubido(id, Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede).validas());

        // otra coordinadora de la misma sede no lo lee ni lo importa; queda en el rastro
        como("otra.coordinadora." + u.toLowerCase(), List.of("coordinador"), sede);
        assertThrows(co.gov.cartagena.ruta.comun.NoEncontrado.class,
                () -> importacion.revisarSubido(id, Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede));
        assertThrows(co.gov.cartagena.ruta.comun.NoEncontrado.class,
                () -> importacion.importarSubido(id, Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, Map.of()));
        // ni lo descarta: para ella ese archivo no existe (seguridad/Acceso), y el archivo sigue ahí para su dueña
        assertThrows(co.gov.cartagena.ruta.comun.NoEncontrado.class, () -> importacion.abandonar(id));
        assertTrue(auditoria.deEntidad(ArchivosSubidos.ENTIDAD, id.toString()).stream()
                .filter(a -> a.getAccion() == Accion.ACCESO_DENEGADO).count() >= 3);

        comoCoordinador(sede);
        Map<String, Conteo> antes = almacen();
        ResultadoImportacion hecho = importacion.importarSubido(id, Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, Map.of());
        assertEquals(3, hecho.creadas(), errores(hecho.errores()));
        assertNotEquals(antes, almacen(), "los casos importados cuentan en los indicadores");
        almacenCoincideConElRecuento();
        comoCoordinador(sede);
        List<RegistroImportado> creados = importacion.registros(hecho.lote());
        assertEquals(3, creados.size());
        for (RegistroImportado reg : creados) {
            Caso c = casos.obtener(reg.getCasoId());
            assertEquals(reg.getFila() == 4 ? "REGISTRADO" : "CUMPLE_REQUISITOS", c.getEstado(), "fila " + reg.getFila());
            assertEquals(1, c.getAtenciones().size(), "fila " + reg.getFila());
            List<RegistroAuditoria> rastro = auditoria.deEntidad("caso", c.getId().toString());
            assertEquals(2, rastro.stream().filter(a -> a.getAccion() == Accion.CREAR).count(),
                    "la apertura y la atención, cada una en el rastro: fila " + reg.getFila());
            assertEquals(reg.getFila() == 4 ? 0 : 1, rastro.stream().filter(a -> a.getAccion() == Accion.CAMBIAR)
                    .count(), "el cambio de estado en el rastro: fila " + reg.getFila());
        }
        // importado: ya no está en el servidor
        assertThrows(co.gov.cartagena.ruta.comun.NoEncontrado.class,
                () -> importacion.revisarSubido(id, Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede));
        assertTrue(auditoria.deEntidad(ArchivosSubidos.ENTIDAD, id.toString()).stream()
                .anyMatch(a -> a.getAccion() == Accion.PURGAR && a.getDetalle().contains("lote " + hecho.lote())));

        // abandonado: tampoco
        Long otro = importacion.subir(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "otro.csv", csv("CC;" + documento()
                + ";Dora " + u + ";Cuatro " + u + ";1983-01-01;MUJER;;;;;;;;2025-05-02;;2025-05-01;PERSONERIA;AMENAZA;"
                + "2025-04-30;;;;"), null);
        importacion.abandonar(otro);
        assertThrows(co.gov.cartagena.ruta.comun.NoEncontrado.class,
                () -> importacion.revisarSubido(otro, Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede));

        // vencido: la limpieza lo borra aunque nadie lo abandone
        Long vencido = importacion.subir(Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede, "vencido.csv", csv("CC;"
                + documento() + ";Elsa " + u + ";Cinco " + u + ";1984-01-01;MUJER;;;;;;;;2025-05-02;;2025-05-01;"
                + "PERSONERIA;AMENAZA;2025-04-30;;;;"), null);
        try (Connection c = datos.getConnection(); var st = c.prepareStatement(
                "UPDATE importacion_archivo SET subido_en = ? WHERE id = ?")) {
            st.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minus(ArchivosSubidos.PLAZO)
                    .minusSeconds(60)));
            st.setLong(2, vencido);
            assertEquals(1, st.executeUpdate());
        }
        assertTrue(archivos.descartarVencidos() >= 1);
        assertThrows(co.gov.cartagena.ruta.comun.NoEncontrado.class,
                () -> importacion.revisarSubido(vencido, Ruta.AYUDA_HUMANITARIA_INMEDIATA, sede));
        assertTrue(auditoria.deEntidad(ArchivosSubidos.ENTIDAD, vencido.toString()).stream()
                .anyMatch(a -> a.getAccion() == Accion.PURGAR && a.getUsuario().equals(ArchivosSubidos.SISTEMA)));
    }

    // ---------------------------------------------------------------- en el navegador

    /** Una coordinadora descarga la plantilla, revisa un archivo, decide un posible duplicado e importa. */
    @Test
    @RunAsClient
    void unaCoordinadoraDescargaLaPlantillaRevisaDecideElDuplicadoEImporta() throws Exception {
        String base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
        PaginasDeImportacion.coordinadoraDescargaRevisaDecideEImporta(base);
    }

    /** Una coordinadora importa actividades colectivas: plantilla, revisión con un error e importación. */
    @Test
    @RunAsClient
    void unaCoordinadoraRevisaEImportaActividadesColectivas() throws Exception {
        String base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
        PaginasDeImportacion.coordinadoraRevisaEImportaActividades(base);
    }

    // ---------------------------------------------------------------- por la API

    /** La API completa con la coordinadora de Canapote: plantilla, revisión, importación, repetición, lote, anulación. */
    @Test
    @RunAsClient
    void laApiRecorreElMismoFlujoYSoloLaCoordinacionEntra() throws Exception {
        String api = "http://localhost:" + desplegada.getPort() + desplegada.getPath() + "api/v1/importaciones";
        String token = co.gov.cartagena.ruta.soporte.Demo.token("coordinadora.canapote");
        String u = palabra();
        byte[] archivo = csv("CC;" + documento() + ";Gina " + u + ";Tovar " + u + ";1984-03-03;MUJER;;;;;;;;"
                + "2025-08-01;;2025-07-30;PERSONERIA;AMENAZA;2025-07-29;;;ORIENTACION;2025-08-02",
                "CC;" + documento() + ";Lina " + u + ";Mejía " + u + ";1984-03-03;MUJER;;;;;;;;2099-01-01;;"
                        + "2025-07-30;PERSONERIA;AMENAZA;2025-07-29;;;;");
        var plantilla = pedir("GET", api + "/plantillas/AYUDA_HUMANITARIA_INMEDIATA?formato=csv", token, null);
        assertEquals(200, plantilla.statusCode());
        assertTrue(new String(plantilla.body(), StandardCharsets.UTF_8).contains("Hecho victimizante *"));
        var revision = json(pedir("POST", api + "/revision?ruta=AYUDA_HUMANITARIA_INMEDIATA&sede=CJ-CANAPOTE",
                token, archivo));
        assertEquals(1, revision.getJsonObject("resumen").getInt("validas"));
        assertEquals(1, revision.getJsonObject("resumen").getInt("conErrores"));
        var error = revision.getJsonArray("filas").getJsonObject(1).getJsonArray("errores").getJsonObject(0);
        assertEquals("Fecha de apertura", error.getString("columna"));
        assertEquals("Fecha de apertura no puede ser posterior a hoy.", error.getString("mensaje"));

        var hecho = pedir("POST", api + "?ruta=AYUDA_HUMANITARIA_INMEDIATA&sede=CJ-CANAPOTE", token, archivo);
        assertEquals(201, hecho.statusCode(), new String(hecho.body(), StandardCharsets.UTF_8));
        var resultado = json(hecho);
        assertEquals(1, resultado.getInt("creadas"));
        assertEquals(1, resultado.getInt("filasConError"));
        long lote = resultado.getJsonNumber("lote").longValue();
        var otraVez = pedir("POST", api + "?ruta=AYUDA_HUMANITARIA_INMEDIATA&sede=CJ-CANAPOTE", token, archivo);
        assertEquals(200, otraVez.statusCode());
        assertTrue(json(otraVez).getBoolean("nadaNuevo"));
        assertEquals(1, json(otraVez).getInt("yaImportadas"));

        var detalle = json(pedir("GET", api + "/" + lote, token, null));
        assertEquals("IMPORTADO", detalle.getString("estado"));
        assertEquals(1, detalle.getJsonArray("registros").size());
        assertEquals(2, detalle.getJsonArray("registros").getJsonObject(0).getInt("fila"));
        String errores = new String(pedir("GET", api + "/" + lote + "/errores", token, null).body(),
                StandardCharsets.UTF_8);
        assertTrue(errores.contains("2099-01-01") && errores.contains("Motivos")
                && errores.contains("Fecha de apertura no puede ser posterior a hoy."), errores);
        assertEquals(400, pedir("POST", api + "/" + lote + "/anulacion", token, "{}".getBytes()).statusCode());
        var anulado = json(pedir("POST", api + "/" + lote + "/anulacion", token,
                "{\"motivo\":\"Prueba de la API\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ANULADO", anulado.getString("estado"));
        assertEquals(400, pedir("GET", api + "/no-es-numero", token, null).statusCode());

        String gestora = co.gov.cartagena.ruta.soporte.Demo.token("gestora.canapote");
        assertEquals(403, pedir("POST", api + "/revision?ruta=AYUDA_HUMANITARIA_INMEDIATA&sede=CJ-CANAPOTE",
                gestora, archivo).statusCode());
        assertEquals(403, pedir("GET", api, gestora, null).statusCode());
    }

    private static java.net.http.HttpResponse<byte[]> pedir(String metodo, String url, String token, byte[] cuerpo)
            throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token)
                .method(metodo, cuerpo == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(cuerpo));
        if (cuerpo != null) {
            b.header("Content-Type", url.contains("/anulacion") ? "application/json" : "application/octet-stream");
            b.header("X-Nombre-Archivo", "ahi-api.csv");
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private static jakarta.json.JsonObject json(java.net.http.HttpResponse<byte[]> r) {
        return co.gov.cartagena.ruta.soporte.Demo.json(new String(r.body(), StandardCharsets.UTF_8));
    }
}
