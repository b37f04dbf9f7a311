#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/inventory.csv ] && [ "$(cat /workspace/inventory.csv)" = "$(printf '%s\n' 'name,price' 'quartz,556' 'lotus,36' 'timber,584' 'mango,288' 'maple,799' 'coral,69' 'tiger,20' 'lemon,867' 'lantern,4' 'ember,506' 'delta,401' 'pepper,792' 'garnet,559' 'harbor,674' 'meadow,4' 'frost,6096' 'kettle,149' 'amber,278' 'willow,8079' 'velvet,274' 'sunny,878' 'saddle,246')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
