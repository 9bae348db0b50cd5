package co.gov.cartagena.ruta.web.publico;

import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Componente;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * La página pública de cada corte publicado ya armada, por huella del documento e idioma: un documento publicado no
 * cambia (publicarlo de nuevo le da otra huella), así que su modelo y su HTML se arman una vez. Lo guardado no lleva
 * nonce ni nada de la petición; el nonce lo pone cada respuesta en sus propios scripts.
 */
@ApplicationScoped
public class PaginasPublicas {

    /** Más que esto (cortes × idiomas) no se espera; si pasa, se empieza de nuevo. */
    static final int MAXIMO = 64;

    /** Lo armado de un corte en un idioma: el modelo (para el resumen) y el HTML de los componentes. */
    public record Pagina(List<Componente> componentes, String cuerpo) {
    }

    private final Map<String, Pagina> paginas = new ConcurrentHashMap<>();

    /** La página guardada con esa huella e idioma, o la que arma {@code armar} (y queda guardada). */
    public Pagina de(String huella, String idioma, Supplier<Pagina> armar) {
        String clave = huella + "/" + idioma;
        Pagina p = paginas.get(clave);
        if (p == null) {
            p = armar.get();
            if (paginas.size() >= MAXIMO) {
                paginas.clear();
            }
            paginas.put(clave, p);
        }
        return p;
    }
}
