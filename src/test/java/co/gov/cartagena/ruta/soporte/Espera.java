package co.gov.cartagena.ruta.soporte;

import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * La espera de las pruebas de navegador. Mientras espera, un error del navegador al mirar un elemento (la página se
 * está volviendo a armar) no termina la prueba: se vuelve a mirar hasta el plazo. Chromium 156 dice a veces «Node with
 * given id does not belong to the document» en lugar de un elemento obsoleto cuando Faces reemplaza una parte de la
 * página; para una espera es lo mismo. Si al final la condición no se cumple, falla con el último error como causa.
 */
public class Espera extends WebDriverWait {

    public Espera(WebDriver navegador, Duration plazo) {
        super(navegador, plazo);
        ignoring(WebDriverException.class);
    }
}
