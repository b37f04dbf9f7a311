#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/island.log ] && [ "$(cat /workspace/island.log)" = "$(printf '%s\n' 'ERROR stone 721' 'INFO stone 665' 'ERROR stone 21' 'INFO lantern 697' 'WARN raven 504' 'INFO brick 659' 'ERROR saddle 210' 'INFO brick 451' 'INFO sunny 295' 'INFO saddle 27' 'WARN saddle 717' 'ERROR brick 111' 'ERROR brick 787' 'ERROR lantern 514' 'ERROR brick 271' 'WARN sunny 791' 'ERROR saddle 24' 'WARN lantern 238' 'WARN stone 609' 'INFO raven 762' 'WARN raven 845')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
