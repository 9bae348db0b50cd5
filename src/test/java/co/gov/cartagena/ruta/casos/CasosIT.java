package co.gov.cartagena.ruta.casos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Casos y personas dentro de Payara Micro, contra MariaDB: cada ruta guardada de punta a punta, el acceso por
 * sede, rol y equipo en cada consulta, duplicados, fusión, autorización para remitir, ediciones concurrentes y
 * envíos repetidos, y la auditoría de todo.
 */
@ExtendWith(ArquillianExtension.class)
class CasosIT {

    private static final AtomicLong DOCUMENTOS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(CasosIT.class, Ejemplos.class);
    }

    @Inject
    ServicioCasos casos;

    @Inject
    ServicioPersonas personas;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos adjuntos;

    private void comoGestora(String sede, String... equipos) {
        List<String> grupos = new ArrayList<>(List.of("/sedes/" + sede));
        for (String e : equipos) {
            grupos.add("/equipos/" + e);
        }
        usuarioActual.establecer(Usuario.deClaims("gestora." + sede.toLowerCase(), "Gestora", null, List.of("gestor"),
                grupos));
    }

    private void comoCoordinador(String sede) {
        usuarioActual.establecer(Usuario.deClaims("coordinador." + sede.toLowerCase(), "Coordinador", null,
                List.of("coordinador"), List.of("/sedes/" + sede)));
    }

    private static String documento() {
        return String.valueOf(1_000_000_000L + DOCUMENTOS.incrementAndGet());
    }

    private Persona persona(String nombres, String apellidos) {
        return personas.registrar(DatosPersona.minimos(TipoDocumento.CC, documento(), nombres, apellidos,
                LocalDate.of(2000, 1, 15), Sexo.MUJER), null);
    }

    /** Una mujer de 25 años a la apertura que, si la ruta lo exige, queda registrada como víctima del conflicto. */
    private Persona titular(Ruta ruta) {
        // El apellido lleva el nombre de la ruta en palabras, no su código: las páginas lo muestran.
        String nombre = ruta.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        Persona p = persona("Titular", Character.toUpperCase(nombre.charAt(0)) + nombre.substring(1));
        return ruta.definicion().exigeTitularVictima() ? victima(p) : p;
    }

    /** Registra la condición de víctima, con la autorización de datos sensibles que exige. */
    private Persona victima(Persona p) {
        Persona autorizada = personas.otorgarConsentimiento(p.getId(), LocalDate.of(2025, 1, 2),
                AlcanceConsentimiento.DATOS_SENSIBLES, "Formato de autorización firmado");
        return personas.actualizar(p.getId(), autorizada.getVersion(), Ejemplos.comoVictima(autorizada.datos()));
    }

    private Caso abrir(Ruta ruta, Persona p) {
        return casos.abrir(new SolicitudApertura(ruta, Ejemplos.codigoSedePara(ruta), p.getId(), null,
                Ejemplos.APERTURA, "Relato inicial", Ejemplos.apertura(ruta), null));
    }

    @Inject
    co.gov.cartagena.ruta.actividades.ServicioActividades actividades;

    private static co.gov.cartagena.ruta.actividades.DatosActividad jornada() {
        return new co.gov.cartagena.ruta.actividades.DatosActividad("JORNADA_MEDIACION_DESARME", Ejemplos.APERTURA,
                "Parque de Canapote " + UUID.randomUUID().toString().substring(0, 6), null, "CJ-CANAPOTE", 20, null,
                "Jornada de prueba");
    }

    private static String[] equiposDe(Ruta ruta) {
        return ruta.equipo().map(e -> new String[] {e}).orElse(new String[0]);
    }

    @Test
    void cadaRutaSeGuardaDePuntaAPuntaConRadicadoEHistoria() {
        for (Ruta ruta : Ruta.values()) {
            comoGestora(Ejemplos.codigoSedePara(ruta), equiposDe(ruta));
            Persona p = titular(ruta);
            Caso c = abrir(ruta, p);
            assertTrue(c.getRadicado().matches("RUTA-2025-\\d{6}"), c.getRadicado());
            DefinicionRuta d = ruta.definicion();
            String estado = d.estadoInicial();
            int version = casos.obtener(c.getId()).getVersion();
            while (!d.siguientes(estado).isEmpty()) {
                String siguiente = d.siguientes(estado).iterator().next();
                Caso cambiado = casos.cambiarEstado(c.getId(), version, siguiente, Ejemplos.requisitos(ruta, siguiente),
                        "avance");
                version = cambiado.getVersion();
                String tipo = d.tiposAtencion().stream()
                        .filter(t -> d.estadosParaAtencion(t).contains(siguiente)).findFirst().orElse(null);
                if (tipo != null) {
                    casos.registrarAtencion(c.getId(), tipo, Ejemplos.APERTURA.plusDays(5), null, "prestada", null);
                    version = casos.obtener(c.getId()).getVersion();
                }
                estado = siguiente;
                if (siguiente.equals("INCUMPLIMIENTO")) {
                    break;
                }
            }
            Caso cerrado = casos.cerrar(c.getId(), version, Ejemplos.APERTURA.plusDays(40), "Atención terminada");
            Caso releido = casos.obtener(c.getId());
            assertEquals("CERRADO", releido.getEstado(), ruta.name());
            assertEquals(Ejemplos.APERTURA.plusDays(40), releido.getFechaCierre());
            assertTrue(releido.getEventos().size() >= 2);
            Caso reabierto = casos.reabrir(c.getId(), cerrado.getVersion(), "La persona volvió");
            assertEquals(estado, reabierto.getEstado());
            assertFalse(auditoria.deEntidad("caso", c.getId().toString()).isEmpty());
        }
    }

    @Test
    void nadieVeCasosDeOtraSedeNiDeUnaRutaReservadaFueraDeSuEquipo() {
        comoGestora("SICC", "trata");
        Caso trata = abrir(Ruta.TRATA_DE_PERSONAS, persona("Sobreviviente", "Reservada"));
        comoGestora("CJ-CANAPOTE");
        Caso conciliacion = abrir(Ruta.CASA_DE_JUSTICIA, persona("Vecina", "Canapote"));

        comoGestora("SICC");
        assertThrows(NoEncontrado.class, () -> casos.obtener(trata.getId()), "Sin el equipo de trata");
        assertThrows(NoEncontrado.class, () -> casos.porRadicado(trata.getRadicado()));
        assertTrue(casos.buscar(new FiltroCasos(false, null, null, null, null, null, null, false, false,
                trata.getRadicado()), 0, 10).isEmpty());
        NoEncontrado otraSede = assertThrows(NoEncontrado.class, () -> casos.obtener(conciliacion.getId()));
        NoEncontrado inexistente = assertThrows(NoEncontrado.class, () -> casos.obtener(987654321L));
        assertEquals(otraSede.getMessage().replace(conciliacion.getId().toString(), "X"),
                inexistente.getMessage().replace("987654321", "X"), "Mismo mensaje que un caso inexistente");
        assertThrows(NoEncontrado.class, () -> casos.registrarAtencion(conciliacion.getId(), "ORIENTACION_JURIDICA",
                Ejemplos.APERTURA, null, null, null));

        comoCoordinador("SICC");
        assertEquals(trata.getId(), casos.obtener(trata.getId()).getId(), "El coordinador ve toda su sede");
        assertThrows(NoEncontrado.class, () -> casos.obtener(conciliacion.getId()));

        usuarioActual.establecer(Usuario.deClaims("supervisora", "S", null, List.of("supervisor"), List.of("/sedes/SICC")));
        assertThrows(OperacionNoPermitida.class, () -> casos.obtener(trata.getId()));
        usuarioActual.establecer(Usuario.deClaims("admin", "A", null, List.of("administrador"), List.of("/sedes/SICC")));
        assertThrows(OperacionNoPermitida.class, () -> casos.buscar(FiltroCasos.todos(), 0, 10));

        comoGestora("SICC");
        assertThrows(OperacionNoPermitida.class, () -> casos.abrir(new SolicitudApertura(Ruta.TRATA_DE_PERSONAS,
                "SICC", trata.titular().getId(), null, Ejemplos.APERTURA, null, Ejemplos.apertura(Ruta.TRATA_DE_PERSONAS),
                null)), "Sin equipo no abre casos de trata");
        assertThrows(OperacionNoPermitida.class, () -> casos.abrir(new SolicitudApertura(Ruta.CASA_DE_JUSTICIA,
                "CJ-CANAPOTE", trata.titular().getId(), null, Ejemplos.APERTURA, null,
                Ejemplos.apertura(Ruta.CASA_DE_JUSTICIA), null)), "No abre en otra sede");
    }

    @Test
    void listasFiltrosYBusquedaPorRadicadoDocumentoYNombre() {
        comoGestora("CJ-CANAPOTE");
        Persona ana = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, documento(), "Ána María", "Zúñiga Orozco",
                LocalDate.of(1990, 2, 2), Sexo.MUJER), null);
        Caso c = abrir(Ruta.CASA_DE_JUSTICIA, ana);
        casos.programarSeguimiento(c.getId(), "Llamar a la usuaria", Ejemplos.APERTURA.plusDays(3));

        assertEquals(c.getId(), casos.buscar(filtroTexto(c.getRadicado()), 0, 10).get(0).getId());
        assertEquals(c.getId(), casos.buscar(filtroTexto(ana.getNumeroDocumento()), 0, 10).get(0).getId());
        assertTrue(casos.buscar(filtroTexto("zuniga ana"), 0, 50).stream().anyMatch(x -> x.getId().equals(c.getId())),
                "Nombre sin tildes, mayúsculas ni orden");
        assertTrue(casos.buscar(FiltroCasos.mios(), 0, 200).stream().anyMatch(x -> x.getId().equals(c.getId())));
        assertTrue(casos.buscar(new FiltroCasos(false, null, null, null, null, null, null, true, false, null), 0, 200)
                .stream().anyMatch(x -> x.getId().equals(c.getId())), "Filtro de seguimientos vencidos");
        assertTrue(casos.seguimientosVencidos(true).stream().anyMatch(s -> s.getCaso().getId().equals(c.getId())));
        assertTrue(casos.buscar(new FiltroCasos(false, null, Ruta.AYUDA_HUMANITARIA_INMEDIATA, null, null, null, null,
                false, false, c.getRadicado()), 0, 10).isEmpty());
        assertTrue(casos.buscar(new FiltroCasos(false, null, null, null, null, LocalDate.of(2026, 1, 1), null, false,
                false, c.getRadicado()), 0, 10).isEmpty(), "Filtro por fecha de apertura");
        long total = casos.contar(FiltroCasos.todos());
        assertTrue(total >= 1);
        assertTrue(casos.buscar(FiltroCasos.todos(), 0, 1).size() <= 1, "Paginación en la base de datos");
        assertTrue(casos.buscar(filtroTexto("' OR 1=1 --"), 0, 10).isEmpty(), "Una inyección no devuelve nada");
        ReglaIncumplida comodin = assertThrows(ReglaIncumplida.class, () -> casos.buscar(filtroTexto("%"), 0, 10),
                "Un comodín no lista todo");
        assertEquals("texto", comodin.campo());
    }

    /**
     * La búsqueda por nombre va por el índice FULLTEXT (V21): cada palabra como comienzo de palabra del nombre, en
     * cualquier orden; las palabras de una o dos letras solo afinan; sin ninguna de tres o más, se pide escribirla.
     */
    @Test
    void laBusquedaPorNombreUsaComienzosDePalabra() {
        comoGestora("CJ-CANAPOTE");
        String apellido = "Quintanilla" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "x");
        Persona p = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, documento(), "Li Yesenia", apellido,
                LocalDate.of(1992, 3, 3), Sexo.MUJER), null);
        Caso c = abrir(Ruta.CASA_DE_JUSTICIA, p);
        java.util.function.Predicate<String> encuentra = t -> casos.buscar(filtroTexto(t), 0, 50).stream()
                .anyMatch(x -> x.getId().equals(c.getId()));

        assertTrue(encuentra.test(apellido.toUpperCase()), "El apellido entero, en mayúsculas");
        assertTrue(encuentra.test("yese " + apellido.substring(0, 7)), "Comienzos de palabra, en otro orden");
        assertTrue(encuentra.test("li " + apellido), "Una palabra corta afina lo que encontró el índice");
        assertFalse(encuentra.test("zq " + apellido), "… y descarta si no está");
        assertFalse(encuentra.test(apellido.substring(3)), "Un pedazo del medio de la palabra no es un comienzo");
        assertEquals(1, casos.contar(filtroTexto(apellido)));
        Caso otro = abrir(Ruta.CASA_DE_JUSTICIA, p);
        PaginaDeCasos primera = casos.pagina(filtroTexto(apellido), 0, 1);
        assertEquals(2, primera.total(), "El total sale de la misma búsqueda que la página");
        assertEquals(List.of(otro.getId()), primera.casos().stream().map(Caso::getId).toList(),
                "La página, en el orden de la lista (el más reciente primero)");
        assertEquals(List.of(c.getId()), casos.pagina(filtroTexto(apellido), 1, 1).casos().stream()
                .map(Caso::getId).toList());
        assertTrue(casos.pagina(filtroTexto(apellido), 5, 10).casos().isEmpty());
        assertEquals("texto", assertThrows(ReglaIncumplida.class, () -> casos.buscar(filtroTexto("li"), 0, 10))
                .campo(), "Solo palabras cortas: el índice no las tiene");
        assertTrue(personas.buscar("yesenia " + apellido).stream().anyMatch(x -> x.getId().equals(p.getId())));
        assertEquals("nombre", assertThrows(ReglaIncumplida.class, () -> personas.buscar("li")).campo());
    }

    private static FiltroCasos filtroTexto(String texto) {
        return new FiltroCasos(false, null, null, null, null, null, null, false, false, texto);
    }

    @Test
    void unDocumentoRepetidoSeRechazaSenalandoALaPersonaExistente() {
        comoGestora("CJ-CANAPOTE");
        String numero = documento();
        Persona primera = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, numero, "Luz", "Mar",
                null, Sexo.MUJER), null);
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> personas.registrar(DatosPersona.minimos(
                TipoDocumento.CC, numero.substring(0, 3) + "." + numero.substring(3), "Otra", "Persona", null, null), null));
        assertEquals("numeroDocumento", error.campo());
        assertTrue(error.getMessage().contains(String.valueOf(primera.getId())), error.getMessage());
        ServicioPersonas.Coincidencias c = personas.buscarAntesDeCrear(TipoDocumento.CC, numero, "MAR", "luz");
        assertEquals(List.of(primera.getId()), c.porDocumento().stream().map(Persona::getId).toList());
    }

    @Test
    void unCoordinadorFusionaDosPersonasYLosCasosPasanALaConservada() {
        comoGestora("CJ-CANAPOTE");
        Persona duplicada = persona("Rosa", "Duplicada");
        Persona conservada = persona("Rosa", "Conservada");
        Caso c = abrir(Ruta.CASA_DE_JUSTICIA, duplicada);
        casos.registrarAtencion(c.getId(), "ORIENTACION_JURIDICA", Ejemplos.APERTURA, null, null, null);
        // Issue 16: también su asistencia a actividades (una donde solo fue la duplicada, otra donde fueron las dos)
        // y sus adjuntos pasan a la conservada.
        var soloDuplicada = actividades.registrar(jornada(), List.of(duplicada.getId()), null);
        var lasDos = actividades.registrar(jornada(), List.of(duplicada.getId(), conservada.getId()), null);
        byte[] pdf = "%PDF-1.4 cedula".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var adjunto = adjuntos.adjuntarAPersona(duplicada.getId(), "Cédula.pdf", pdf, "Copia de la cédula");
        assertThrows(OperacionNoPermitida.class, () -> personas.fusionar(duplicada.getId(), conservada.getId()));

        comoCoordinador("CJ-CANAPOTE");
        personas.fusionar(duplicada.getId(), conservada.getId());
        Caso releido = casos.obtener(c.getId());
        assertEquals(conservada.getId(), releido.titular().getId());
        assertEquals(conservada.getId(), releido.getAtenciones().get(0).getPersona().getId());
        comoGestora("CJ-CANAPOTE");
        assertEquals(List.of(conservada.getId()), actividades.ficha(soloDuplicada.getId()).personas().stream()
                .map(Persona::getId).toList(), "La asistencia de la duplicada pasa a la conservada");
        assertEquals(List.of(conservada.getId()), actividades.ficha(lasDos.getId()).personas().stream()
                .map(Persona::getId).toList(), "Si fueron las dos, la conservada queda una sola vez");
        assertEquals(List.of(adjunto.getId()), adjuntos.dePersona(conservada.getId()).stream()
                .map(co.gov.cartagena.ruta.adjuntos.Adjunto::getId).toList(), "El adjunto pasa a la conservada");
        comoCoordinador("CJ-CANAPOTE");
        assertEquals(conservada.getId(), personas.obtener(duplicada.getId()).getId(),
                "La duplicada lleva a la conservada");
        assertTrue(auditoria.deEntidad("persona", duplicada.getId().toString()).stream()
                .anyMatch(r -> r.getAccion() == Accion.CAMBIAR && r.getDetalle().contains("fusionada")));
        assertTrue(auditoria.deEntidad("persona", duplicada.getId().toString()).stream()
                .anyMatch(r -> r.getDetalle().equals("casos movidos a " + conservada.getId() + ": 1")));
    }

    @Test
    void sinAutorizacionNoSeRemitenDatosSalvoJustificacionDeUnCoordinador() {
        comoGestora("SICC", "proteccion");
        Persona lider = persona("Líder", "Amenazado");
        Caso c = abrir(Ruta.PROTECCION_PREVENTIVA, lider);
        ReglaIncumplida bloqueo = assertThrows(ReglaIncumplida.class, () -> casos.remitir(c.getId(),
                EntidadRemision.UNP, null, Ejemplos.APERTURA, "Evaluación de riesgo", true, null, null));
        assertEquals("justificacion", bloqueo.campo());
        assertThrows(OperacionNoPermitida.class, () -> casos.remitir(c.getId(), EntidadRemision.UNP, null,
                Ejemplos.APERTURA, "Evaluación", true, "Riesgo inminente", null), "Un gestor no puede forzarla");
        assertTrue(casos.obtener(c.getId()).getRemisiones().isEmpty(), "Nada cambió");
        assertNotNull(casos.remitir(c.getId(), EntidadRemision.UNP, null, Ejemplos.APERTURA, "Sin datos", false,
                null, null), "Sin compartir datos sí procede");

        comoCoordinador("SICC");
        Remision forzada = casos.remitir(c.getId(), EntidadRemision.UNP, null, Ejemplos.APERTURA, "Evaluación", true,
                "Riesgo inminente para la vida", null);
        assertEquals("Riesgo inminente para la vida", forzada.getJustificacionSinConsentimiento());

        comoGestora("SICC", "proteccion");
        personas.otorgarConsentimiento(lider.getId(), Ejemplos.APERTURA, AlcanceConsentimiento.COMPARTIR_CON_ENTIDADES,
                "Formato 3 firmado");
        Remision autorizada = casos.remitir(c.getId(), EntidadRemision.FISCALIA, null, Ejemplos.APERTURA, "Denuncia",
                true, null, null);
        assertEquals(null, autorizada.getJustificacionSinConsentimiento());
        casos.responderRemision(c.getId(), autorizada.getId(), Ejemplos.APERTURA.plusDays(2), "Noticia criminal 123");
        assertEquals(Remision.Estado.RESPONDIDA, casos.obtener(c.getId()).getRemisiones().stream()
                .filter(r -> r.getId().equals(autorizada.getId())).findFirst().orElseThrow().getEstado());
    }

    @Test
    void sinAutorizacionSoloSeGuardanLosDatosMinimos() {
        comoGestora("CJ-CANAPOTE");
        Persona p = persona("Sin", "Autorizacion");
        DatosPersona conTelefono = new DatosPersona(TipoDocumento.CC, p.getNumeroDocumento(), "Sin", "Autorizacion",
                null, Sexo.MUJER, null, null, null, null, null, null, false, false, "3001234567", null, null, null, null);
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> personas.actualizar(p.getId(), p.getVersion(),
                conTelefono));
        assertEquals("consentimiento", error.campo());
        Persona autorizada = personas.otorgarConsentimiento(p.getId(), LocalDate.of(2025, 1, 2),
                AlcanceConsentimiento.DATOS_PERSONALES, "Formato firmado");
        Persona actualizada = personas.actualizar(p.getId(), autorizada.getVersion(), conTelefono);
        assertEquals("3001234567", actualizada.datos().telefono());
    }

    @Test
    void dosPersonasEditandoElMismoCasoLaSegundaRecibeUnConflicto() {
        comoGestora("CJ-CANAPOTE");
        Caso c = abrir(Ruta.CASA_DE_JUSTICIA, persona("Concurrente", "Prueba"));
        int versionLeida = casos.obtener(c.getId()).getVersion();
        Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(Ruta.CASA_DE_JUSTICIA));
        casos.actualizar(c.getId(), versionLeida, "Versión de la primera persona", datos);
        ConflictoEdicion conflicto = assertThrows(ConflictoEdicion.class,
                () -> casos.actualizar(c.getId(), versionLeida, "Versión de la segunda persona", datos));
        assertTrue(conflicto.getMessage().contains("Recargue"), conflicto.getMessage());
        assertEquals("Versión de la primera persona", casos.obtener(c.getId()).getNarrativa(),
                "Nada se sobrescribió en silencio");
    }

    @Test
    void enviarDosVecesElMismoFormularioCreaUnSoloRegistro() {
        comoGestora("CJ-CANAPOTE");
        String claveP = UUID.randomUUID().toString();
        DatosPersona datos = DatosPersona.minimos(TipoDocumento.CC, documento(), "Doble", "Envío", null, null);
        Persona p1 = personas.registrar(datos, claveP);
        Persona p2 = personas.registrar(datos, claveP);
        assertEquals(p1.getId(), p2.getId());

        String claveC = UUID.randomUUID().toString();
        SolicitudApertura s = new SolicitudApertura(Ruta.CASA_DE_JUSTICIA, "CJ-CANAPOTE", p1.getId(), null,
                Ejemplos.APERTURA, null, Ejemplos.apertura(Ruta.CASA_DE_JUSTICIA), claveC);
        Caso c1 = casos.abrir(s);
        Caso c2 = casos.abrir(s);
        assertEquals(c1.getId(), c2.getId());
        assertEquals(c1.getRadicado(), c2.getRadicado());

        String claveA = UUID.randomUUID().toString();
        Atencion a1 = casos.registrarAtencion(c1.getId(), "ORIENTACION_JURIDICA", Ejemplos.APERTURA, null, null, claveA);
        Atencion a2 = casos.registrarAtencion(c1.getId(), "ORIENTACION_JURIDICA", Ejemplos.APERTURA, null, null, claveA);
        assertEquals(a1.getId(), a2.getId());
        assertEquals(1, casos.obtener(c1.getId()).getAtenciones().size());
    }

    @Test
    void anularNoBorraYQuedaEnLaAuditoria() {
        comoGestora("CJ-CANAPOTE");
        Caso c = abrir(Ruta.CASA_DE_JUSTICIA, persona("Anulable", "Prueba"));
        Atencion a = casos.registrarAtencion(c.getId(), "ORIENTACION_JURIDICA", Ejemplos.APERTURA, null, null, null);
        casos.anularAtencion(c.getId(), a.getId(), "Registrada en el caso equivocado");
        Caso conAnulada = casos.obtener(c.getId());
        assertTrue(conAnulada.getAtenciones().get(0).isAnulada());
        Caso anulado = casos.anular(c.getId(), conAnulada.getVersion(), "Caso duplicado");
        assertTrue(anulado.isAnulado());
        assertTrue(casos.buscar(filtroTexto(c.getRadicado()), 0, 10).isEmpty(), "Fuera de las listas");
        assertTrue(casos.obtener(c.getId()).isAnulado(), "Pero se puede consultar");
        assertTrue(auditoria.deEntidad("caso", c.getId().toString()).stream().anyMatch(r -> r.getAccion() == Accion.ANULAR));
        assertTrue(auditoria.deEntidad("caso", c.getId().toString()).stream().anyMatch(r -> r.getAccion() == Accion.VER));
    }

    @Test
    void losAdjuntosYNotasSoloLosVeQuienVeElCasoYCadaDescargaQuedaAuditada() {
        comoGestora("CJ-CANAPOTE");
        Caso c = abrir(Ruta.CASA_DE_JUSTICIA, persona("Con", "Adjuntos"));
        byte[] pdf = "%PDF-1.4 acta de conciliacion".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var adjunto = adjuntos.adjuntarACaso(c.getId(), "Acta 12.pdf", pdf, "Acta firmada");
        assertEquals("application/pdf", adjunto.getTipo());
        assertEquals("archivo", assertThrows(ReglaIncumplida.class, () -> adjuntos.adjuntarACaso(c.getId(), "x.pdf",
                "<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), null)).campo());
        adjuntos.anotar(c.getId(), "La usuaria pide audiencia en la tarde");
        assertEquals(1, adjuntos.notas(c.getId()).size());
        assertEquals(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(adjuntos.descargar(adjunto.getId()).contenido(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(auditoria.deEntidad("adjunto", adjunto.getId().toString()).stream()
                .anyMatch(r -> r.getAccion() == Accion.DESCARGAR));

        comoGestora("CF-01", "violencia-familiar");
        assertThrows(NoEncontrado.class, () -> adjuntos.descargar(adjunto.getId()));
        assertThrows(NoEncontrado.class, () -> adjuntos.descargar(adjunto.getId() + 100000));
        assertThrows(NoEncontrado.class, () -> adjuntos.notas(c.getId()));
        assertThrows(NoEncontrado.class, () -> adjuntos.adjuntarACaso(c.getId(), "y.pdf", pdf, null));
    }

    /**
     * Toda negativa pasa por {@code seguridad/Acceso} y queda igual en el rastro, también las que antes no dejaban fila:
     * asignar, trasladar o anular un caso de la sede sin coordinarla ni llevarlo, y pedir los adjuntos de un caso de
     * otra sede (que responde como si no existiera). Nada de eso cambia el caso.
     */
    @Test
    void cadaNegativaQuedaEnElRastroAunqueLaOperacionFalle() {
        comoGestora("SICC");
        Caso c = abrir(Ruta.AYUDA_HUMANITARIA_INMEDIATA, persona("Negada", "Prueba"));
        String colega = "colega." + UUID.randomUUID().toString().substring(0, 8);
        usuarioActual.establecer(Usuario.deClaims(colega, "Colega", null, List.of("gestor"), List.of("/sedes/SICC")));
        OperacionNoPermitida asignar = assertThrows(OperacionNoPermitida.class,
                () -> casos.asignar(c.getId(), c.getVersion(), colega));
        assertEquals("Solo un coordinador de la sede asigna casos.", asignar.getMessage());
        assertThrows(OperacionNoPermitida.class, () -> casos.trasladar(c.getId(), c.getVersion(), "CJ-CANAPOTE", null));
        assertThrows(OperacionNoPermitida.class, () -> casos.anular(c.getId(), c.getVersion(), "No es mío"));
        assertEquals(List.of("anular el caso (no es su gestor ni coordina la sede)",
                "asignar el caso (no coordina la sede)", "trasladar el caso (no coordina la sede)"),
                negativas(c, colega));

        String ajena = "ajena." + UUID.randomUUID().toString().substring(0, 8);
        usuarioActual.establecer(Usuario.deClaims(ajena, "Ajena", null, List.of("gestor"),
                List.of("/sedes/CJ-CANAPOTE")));
        assertThrows(NoEncontrado.class, () -> adjuntos.deCaso(c.getId()));
        assertEquals(List.of("adjuntos o notas de un caso fuera de su alcance"), negativas(c, ajena));

        comoGestora("SICC");
        Caso igual = casos.obtener(c.getId());
        assertEquals(c.getVersion(), igual.getVersion(), "Ninguna negativa cambió el caso");
        assertFalse(igual.isAnulado());
    }

    /** Los detalles de los accesos denegados de {@code usuario} sobre el caso, en orden alfabético. */
    private List<String> negativas(Caso c, String usuario) {
        return auditoria.deEntidad("caso", c.getId().toString()).stream()
                .filter(r -> r.getAccion() == Accion.ACCESO_DENEGADO && r.getUsuario().equals(usuario))
                .map(r -> r.getDetalle()).sorted().toList();
    }

    @Test
    void elCoordinadorAsignaTrasladaYVeQuienConsulto() {
        comoGestora("SICC");
        Caso c = abrir(Ruta.AYUDA_HUMANITARIA_INMEDIATA, persona("Asignable", "Prueba"));
        assertThrows(OperacionNoPermitida.class, () -> casos.asignar(c.getId(), c.getVersion(), "otra.gestora"));
        comoCoordinador("SICC");
        int v = casos.obtener(c.getId()).getVersion();
        ReglaIncumplida inventado = assertThrows(ReglaIncumplida.class, () -> casos.asignar(c.getId(), v, "otra.gestora"));
        assertEquals("gestor", inventado.campo(), "Nadie de la sede se llama así en Keycloak");
        ReglaIncumplida ajena = assertThrows(ReglaIncumplida.class,
                () -> casos.asignar(c.getId(), v, "gestora.canapote"));
        assertEquals("gestor", ajena.campo(), "Gestora real, pero de otra sede");
        assertThrows(ReglaIncumplida.class, () -> casos.asignar(c.getId(), v, "supervisora"),
                "La supervisora es del grupo de la sede pero no lleva casos");
        Caso asignado = casos.asignar(c.getId(), v, "gestor.sicc");
        assertEquals("gestor.sicc", asignado.getGestor());
        assertEquals("Luis Alberto Julio Barrios", casos.nombreDelGestor(asignado), "Nombre completo desde Keycloak");
        assertTrue(casos.quienVio(c.getId()).stream().anyMatch(r -> r.getUsuario().equals("gestora.sicc")));
        Caso trasladado = casos.trasladar(c.getId(), asignado.getVersion(), "CJ-CANAPOTE");
        assertNotEquals("SICC", trasladado.getSede().getCodigo());
        assertThrows(NoEncontrado.class, () -> casos.obtener(c.getId()), "Trasladado fuera de su sede");
    }

    // ---------- Rutas nuevas (issue 4): cada una de punta a punta por el servicio, contra MariaDB ----------

    /** Pasa el caso a {@code estado} con los datos dados y devuelve el caso releído. */
    private Caso pasar(Caso c, String estado, Map<String, String> datos) {
        int version = casos.obtener(c.getId()).getVersion();
        return casos.cambiarEstado(c.getId(), version, estado, datos, "avance");
    }

    private void atender(Caso c, String tipo, int dia) {
        assertNotNull(casos.registrarAtencion(c.getId(), tipo, Ejemplos.APERTURA.plusDays(dia), null, "prestada",
                null));
    }

    private static List<String> tiposVigentes(Caso c) {
        return c.getAtenciones().stream().filter(a -> !a.isAnulada()).map(Atencion::getTipo).toList();
    }

    @Test
    void atencionPsicosocialAVictimasVinculaAtiendeEgresaYExigeSerVictima() {
        Ruta ruta = Ruta.ATENCION_PSICOSOCIAL_VICTIMAS;
        comoGestora("SICC");
        Persona noVictima = persona("No", "Victima");
        assertEquals("victimaConflicto", assertThrows(ReglaIncumplida.class, () -> abrir(ruta, noVictima)).campo());
        Caso c = abrir(ruta, titular(ruta));
        assertEquals("VINCULADO", c.getEstado());
        atender(c, "SESION_INDIVIDUAL", 1);
        atender(c, "SESION_FAMILIAR", 8);
        atender(c, "SESION_GRUPAL", 15);
        assertEquals("fechaEgreso", assertThrows(ReglaIncumplida.class,
                () -> pasar(c, "EGRESADO", Map.of())).campo());
        pasar(c, "EGRESADO", Map.of("fechaEgreso", "2025-06-30"));
        assertThrows(ReglaIncumplida.class, () -> atender(c, "SESION_INDIVIDUAL", 20), "No hay sesiones tras el egreso");
        Caso leido = casos.porRadicado(c.getRadicado());
        assertEquals(ruta, leido.getRuta());
        assertEquals("EGRESADO", leido.getEstado());
        assertEquals(Ejemplos.APERTURA, leido.getFechaApertura());
        assertEquals("2025-06-30", leido.datos().get("fechaEgreso"));
        assertEquals(List.of("SESION_INDIVIDUAL", "SESION_FAMILIAR", "SESION_GRUPAL"), tiposVigentes(leido));
        assertTrue(leido.titular().isVictimaConflicto());
    }

    @Test
    void unidadProductivaSePostulaApruebaEntregaConValorYActaYSeHaceSeguimiento() {
        Ruta ruta = Ruta.UNIDADES_PRODUCTIVAS;
        comoGestora("SICC");
        Caso c = abrir(ruta, titular(ruta));
        assertEquals("POSTULADO", c.getEstado());
        assertThrows(ReglaIncumplida.class, () -> atender(c, "ENTREGA_UNIDAD_PRODUCTIVA", 1), "Sin aprobar no se entrega");
        pasar(c, "APROBADO", Map.of());
        atender(c, "ENTREGA_UNIDAD_PRODUCTIVA", 10);
        Map<String, String> entrega = new LinkedHashMap<>(Ejemplos.requisitos(ruta, "ENTREGADA"));
        entrega.put("valorUnidad", "2,5 millones");
        assertEquals("valorUnidad", assertThrows(ReglaIncumplida.class, () -> pasar(c, "ENTREGADA", entrega)).campo());
        assertEquals("APROBADO", casos.obtener(c.getId()).getEstado(), "Un valor inválido no cambia nada");
        entrega.put("valorUnidad", "2.500.000");
        pasar(c, "ENTREGADA", entrega);
        byte[] acta = "%PDF-1.4 acta de entrega firmada".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        adjuntos.adjuntarACaso(c.getId(), "Acta ACTA-UP-015.pdf", acta, "Acta de entrega firmada");
        atender(c, "ENTREGA_UNIDAD_PRODUCTIVA", 20);
        atender(c, "SEGUIMIENTO_UNIDAD", 40);
        Caso leido = casos.obtener(c.getId());
        assertEquals("ENTREGADA", leido.getEstado());
        assertEquals("2500000", leido.datos().get("valorUnidad"));
        assertEquals("ACTA-UP-015", leido.datos().get("numeroActa"));
        assertEquals("2025-03-20", leido.datos().get("fechaEntrega"));
        assertEquals(List.of("ENTREGA_UNIDAD_PRODUCTIVA", "ENTREGA_UNIDAD_PRODUCTIVA", "SEGUIMIENTO_UNIDAD"),
                tiposVigentes(leido));
        assertEquals(1, adjuntos.deCaso(c.getId()).size());
        assertEquals(List.of("POSTULADO", "APROBADO", "ENTREGADA"),
                leido.getEventos().stream().map(EventoCaso::getEstadoA).toList());
    }

    @Test
    void unRepresentanteDeLaMesaRecibeIncentivosMientrasEstaActivoYNoTieneDosPeriodosCruzados() {
        Ruta ruta = Ruta.MESA_DE_VICTIMAS;
        comoGestora("SICC");
        Persona representante = titular(ruta);
        Caso c = abrir(ruta, representante);
        assertEquals("ACTIVO", c.getEstado());
        ReglaIncumplida doble = assertThrows(ReglaIncumplida.class, () -> abrir(ruta, representante));
        assertEquals("inicioPeriodo", doble.campo());
        assertTrue(doble.getMessage().contains(c.getRadicado()), doble.getMessage());
        atender(c, "INCENTIVO_TECNICO", 1);
        atender(c, "INCENTIVO_LOGISTICO", 2);
        atender(c, "INCENTIVO_TRANSPORTE", 3);
        pasar(c, "RETIRADO", Map.of("fechaRetiro", "2025-06-30", "motivoRetiro", "Renuncia"));
        assertThrows(ReglaIncumplida.class, () -> atender(c, "INCENTIVO_TECNICO", 5), "Retirado no recibe incentivos");
        Map<String, String> siguiente = new LinkedHashMap<>(Ejemplos.apertura(ruta));
        siguiente.put("inicioPeriodo", "2025-07-01");
        Caso nuevoPeriodo = casos.abrir(new SolicitudApertura(ruta, "SICC", representante.getId(), null,
                Ejemplos.APERTURA, null, siguiente, null));
        assertEquals("ACTIVO", nuevoPeriodo.getEstado(), "Tras el retiro puede representar en otro periodo");
        Caso leido = casos.obtener(c.getId());
        assertEquals("RETIRADO", leido.getEstado());
        assertEquals("2025-01-01", leido.datos().get("inicioPeriodo"));
        assertEquals("2028-12-31", leido.datos().get("finPeriodo"));
        assertEquals("2025-06-30", leido.datos().get("fechaRetiro"));
        assertEquals("MUJERES", leido.datos().get("sectorRepresentado"));
        assertEquals(List.of("INCENTIVO_TECNICO", "INCENTIVO_LOGISTICO", "INCENTIVO_TRANSPORTE"), tiposVigentes(leido));
    }

    @Test
    void elTrasmalloVinculaMujeresRegistraSuParticipacionYRechazaAHombres() {
        Ruta ruta = Ruta.TRASMALLO_MUJERES_VIOLETAS;
        comoGestora("SICC");
        Persona hombre = personas.registrar(DatosPersona.minimos(TipoDocumento.CC, documento(), "Luis", "Tejada",
                LocalDate.of(1990, 4, 4), Sexo.HOMBRE), null);
        assertEquals("sexo", assertThrows(ReglaIncumplida.class, () -> abrir(ruta, hombre)).campo());
        Caso c = abrir(ruta, titular(ruta));
        assertEquals("VINCULADA", c.getEstado());
        atender(c, "ENCUENTRO", 1);
        atender(c, "FORMACION", 2);
        atender(c, "ACOMPANAMIENTO", 3);
        pasar(c, "EGRESADA", Map.of("fechaEgreso", "2025-06-30"));
        Caso leido = casos.obtener(c.getId());
        assertEquals("EGRESADA", leido.getEstado());
        assertEquals(List.of("ENCUENTRO", "FORMACION", "ACOMPANAMIENTO"), tiposVigentes(leido));
        assertEquals(Sexo.MUJER, leido.titular().getSexo());
    }

    @Test
    void reintegracionEsReservadaAlEquipoYRegistraLosBeneficios() {
        Ruta ruta = Ruta.REINTEGRACION;
        comoGestora("SICC");
        Persona p = titular(ruta);
        assertThrows(OperacionNoPermitida.class, () -> abrir(ruta, p), "Sin el equipo no abre casos de reintegración");
        comoGestora("SICC", "reintegracion");
        Map<String, String> sinProceso = new LinkedHashMap<>();
        assertEquals("proceso", assertThrows(ReglaIncumplida.class, () -> casos.abrir(new SolicitudApertura(ruta,
                "SICC", p.getId(), null, Ejemplos.APERTURA, null, sinProceso, null))).campo());
        Caso c = abrir(ruta, p);
        for (String tipo : List.of("BENEFICIO_EDUCACION", "BENEFICIO_EMPLEABILIDAD", "BENEFICIO_PSICOSOCIAL",
                "BENEFICIO_PARTICIPACION_COMUNITARIA")) {
            atender(c, tipo, 4);
        }
        pasar(c, "RETIRADO", Map.of("motivoRetiro", "Traslado a otra ciudad"));
        Caso leido = casos.obtener(c.getId());
        assertEquals("RETIRADO", leido.getEstado());
        assertEquals("REINCORPORACION", leido.datos().get("proceso"));
        assertEquals(4, tiposVigentes(leido).size());
        comoGestora("SICC");
        assertThrows(NoEncontrado.class, () -> casos.obtener(c.getId()), "Fuera del equipo el caso no existe");
        comoCoordinador("SICC");
        assertEquals("RETIRADO", casos.obtener(c.getId()).getEstado(), "La coordinación de la sede lo ve");
    }

    @Test
    void elProgramaPplRegistraElEstablecimientoLasSesionesYElTraslado() {
        Ruta ruta = Ruta.PPL_PSICOSOCIAL;
        comoGestora("SICC");
        Persona menor = personas.registrar(DatosPersona.minimos(TipoDocumento.TI, documento(), "Joven", "Menor",
                Ejemplos.APERTURA.minusYears(16), Sexo.HOMBRE), null);
        assertEquals("fechaNacimiento", assertThrows(ReglaIncumplida.class, () -> abrir(ruta, menor)).campo());
        Caso c = abrir(ruta, titular(ruta));
        atender(c, "SESION_INDIVIDUAL", 1);
        atender(c, "SESION_GRUPAL", 7);
        assertEquals("establecimientoDestino", assertThrows(ReglaIncumplida.class,
                () -> pasar(c, "TRASLADADO", Map.of())).campo());
        pasar(c, "TRASLADADO", Map.of("establecimientoDestino", "Cárcel de Barranquilla"));
        Caso leido = casos.obtener(c.getId());
        assertEquals("TRASLADADO", leido.getEstado());
        assertEquals("EPMSC Cartagena", leido.datos().get("establecimiento"));
        assertEquals("Cárcel de Barranquilla", leido.datos().get("establecimientoDestino"));
        assertEquals(List.of("SESION_INDIVIDUAL", "SESION_GRUPAL"), tiposVigentes(leido));
    }

    @Test
    void elCentroIntegrateAtiendeSoloEnSuSedeYUnaAtencionAnuladaNoCuenta() {
        Ruta ruta = Ruta.CENTRO_INTEGRATE;
        comoGestora("SICC");
        Persona p = titular(ruta);
        assertEquals("sede", assertThrows(ReglaIncumplida.class, () -> casos.abrir(new SolicitudApertura(ruta, "SICC",
                p.getId(), null, Ejemplos.APERTURA, null, Ejemplos.apertura(ruta), null))).campo());
        comoGestora("CI-INTEGRATE");
        Map<String, String> datos = Map.of("poblacion", "MIGRANTE", "situacionMigratoria", "PPT");
        Caso c = casos.abrir(new SolicitudApertura(ruta, "CI-INTEGRATE", p.getId(), null, Ejemplos.APERTURA,
                "Llega con su familia desde Maracaibo", datos, null));
        assertEquals("EN_ATENCION", c.getEstado());
        int dia = 0;
        for (String tipo : ruta.definicion().tiposAtencion()) {
            atender(c, tipo, dia++);
        }
        Atencion repetida = casos.registrarAtencion(c.getId(), "ORIENTACION", Ejemplos.APERTURA, null, null, null);
        casos.anularAtencion(c.getId(), repetida.getId(), "Registrada dos veces");
        Caso leido = casos.obtener(c.getId());
        assertEquals("EN_ATENCION", leido.getEstado());
        assertEquals("CI-INTEGRATE", leido.getSede().getCodigo());
        assertEquals("PPT", leido.datos().get("situacionMigratoria"));
        assertEquals(8, leido.getAtenciones().size());
        assertEquals(List.copyOf(ruta.definicion().tiposAtencion()).stream().sorted().toList(),
                tiposVigentes(leido).stream().sorted().toList());
    }
}
