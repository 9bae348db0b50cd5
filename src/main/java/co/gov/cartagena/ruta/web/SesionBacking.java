package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/** Lo que la plantilla muestra del usuario (nombre, rol, sede) y la salida, que cierra también la sesión de Keycloak. */
@Named("sesion")
@RequestScoped
public class SesionBacking {

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    SedesDeLaSesion sedesDeLaSesion;

    @Inject
    ServicioAuditoria auditoria;


    public Usuario getUsuario() {
        return usuarioActual.get().orElse(null);
    }

    public boolean tiene(String rol) {
        return usuarioActual.get().map(u -> Rol.deNombre(rol).map(u::tiene).orElse(false)).orElse(false);
    }

    /** Clave del mensaje del rol principal, p. ej. {@code rol.gestor}. */
    public String getClaveRol() {
        return usuarioActual.get().flatMap(Usuario::rolPrincipal).map(Rol::claveMensaje).orElse("rol.ninguno");
    }

    /** Los códigos de las sedes de quien ingresó (la cabecera pregunta si tiene alguna). */
    public Set<String> getSedes() {
        return usuarioActual.get().map(Usuario::getSedes).orElse(Set.of());
    }

    /** Sus nombres, leídos una vez por sesión ({@link SedesDeLaSesion}). */
    public String getNombresSedes() {
        return sedesDeLaSesion.nombres(getSedes());
    }

    public void salir() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext externo = faces.getExternalContext();
        HttpServletRequest peticion = (HttpServletRequest) externo.getRequest();
        auditoria.registrar(usuarioActual.nombreParaAuditoria(), peticion.getRemoteAddr(), Accion.SALIDA, "sesion",
                null, null);
        peticion.logout();
        HttpSession sesion = peticion.getSession(false);
        if (sesion != null) {
            sesion.invalidate();
        }
        if (!externo.isResponseCommitted()) {
            externo.redirect(externo.getRequestContextPath() + "/");
        }
        faces.responseComplete();
    }
}
