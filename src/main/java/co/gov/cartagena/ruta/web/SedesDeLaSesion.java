package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Los nombres de las sedes de quien ingresó, leídos una vez por sesión para la cabecera de cada página. Así la
 * cabecera no consulta la base en cada página, y un formulario que se envía con la base caída puede mostrar su
 * mensaje y lo escrito en vez de la página «no disponible». Un cambio de nombre de una sede se ve al volver a ingresar.
 */
@SessionScoped
public class SedesDeLaSesion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RepositorioSedes repositorio;

    private Set<String> codigos;
    private String nombres;

    /** Los nombres, separados por comas, de las sedes con esos códigos. */
    public String nombres(Set<String> codigosDelUsuario) {
        if (nombres == null || !codigosDelUsuario.equals(codigos)) {
            List<Sede> sedes = repositorio.porCodigos(codigosDelUsuario);
            nombres = sedes.stream().map(Sede::getNombre).collect(Collectors.joining(", "));
            codigos = Set.copyOf(codigosDelUsuario);
        }
        return nombres;
    }
}
