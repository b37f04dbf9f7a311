#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.log ] && [ "$(cat /workspace/garnet.log)" = "$(printf '%s\n' 'INFO orchid 826' 'ERROR olive 204' 'ERROR olive 291' 'ERROR orchid 150' 'WARN orchid 519' 'ERROR velvet 660' 'INFO velvet 582' 'ERROR velvet 378' 'ERROR orchid 505' 'ERROR velvet 648' 'WARN olive 335' 'INFO velvet 710' 'WARN river 555' 'WARN quartz 712' 'WARN velvet 816' 'ERROR quartz 972' 'ERROR orchid 82')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
