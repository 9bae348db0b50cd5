#!/usr/bin/env bash
# Promueve la réplica de MariaDB a primaria cuando la primaria se perdió: docs/operaciones.md, «Promover la réplica».
#
#   MARIADB_OPCIONES=/etc/ruta/replica.cnf scripts/promover-replica.sh
#
# Antes: la primaria vieja está detenida y no volverá por sí sola (si vuelve, tendría escrituras que la réplica
# no tiene: se reconstruye como réplica, nunca se vuelve a usar como primaria).
#  1. Corta la lectura del registro de la primaria (STOP SLAVE IO_THREAD).
#  2. Espera a que la réplica aplique todo lo que ya recibió (MASTER_GTID_WAIT hasta Gtid_IO_Pos): con la
#     replicación semisíncrona AFTER_SYNC, lo recibido incluye cada escritura que Ruta confirmó.
#  3. Olvida la primaria (STOP SLAVE; RESET SLAVE ALL) y admite escrituras (read_only=OFF).
# Imprime la posición GTID final. Después se cambia RUTA_DB_URL en Ruta y se reinicia (nada más).
# MARIADB_OPCIONES: archivo de opciones del cliente con una cuenta administradora de la réplica.
set -euo pipefail

opciones=${MARIADB_OPCIONES:?"Falta MARIADB_OPCIONES: el archivo de opciones del cliente con la cuenta administradora"}
[ -r "$opciones" ] || { echo "No se puede leer $opciones" >&2; exit 2; }
programas=${MARIADB_BIN:+$MARIADB_BIN/}
sql() { "${programas}mariadb" --defaults-extra-file="$opciones" --batch --skip-column-names -e "$1"; }

sql "STOP SLAVE IO_THREAD"
recibido=$("${programas}mariadb" --defaults-extra-file="$opciones" -e "SHOW SLAVE STATUS\G" \
    | sed -n 's/^ *Gtid_IO_Pos: *//p')
if [ -z "$recibido" ]; then
    echo "Este servidor no es réplica de nadie (SHOW SLAVE STATUS vacío): ¿ya se promovió?" >&2
    exit 1
fi
echo "Recibido de la primaria hasta $recibido; aplicando lo pendiente…"
if [ "$(sql "SELECT MASTER_GTID_WAIT('$recibido', 600)")" != "0" ]; then
    echo "La réplica no terminó de aplicar hasta $recibido en 10 minutos; no se promueve. Revise SHOW SLAVE STATUS." >&2
    exit 1
fi
sql "STOP SLAVE; RESET SLAVE ALL; SET GLOBAL read_only = OFF"
echo "Promovida: acepta escrituras desde la posición $(sql "SELECT @@gtid_current_pos")."
echo "Ponga read_only=OFF también en su archivo de configuración, para que no vuelva a ON al reiniciar."
