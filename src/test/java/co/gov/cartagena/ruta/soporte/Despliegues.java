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

    /**
     * El mismo WAR en la raíz «/», como lo despliegan el comando de ejecución y la imagen de {@code docker/}: Payara
     * Micro despliega {@code ROOT.war} en la raíz. Para lo que depende de ello, como {@code /metrics}, que Payara
     * registra dentro de la aplicación de la raíz.
     */
    public static WebArchive enLaRaiz() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(ruta());
    }
}
