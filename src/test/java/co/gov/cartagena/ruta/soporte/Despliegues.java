package co.gov.cartagena.ruta.soporte;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** El único despliegue de las pruebas: el WAR que construyó Maven, tal cual, más las clases de prueba que se pidan. */
public final class Despliegues {

    private Despliegues() {
    }

    public static WebArchive ruta(Class<?>... clasesDePrueba) {
        File war = new File(System.getProperty("ruta.raiz", "."), "target/ruta.war");
        WebArchive archivo = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        return clasesDePrueba.length == 0 ? archivo : archivo.addClasses(clasesDePrueba);
    }
}
