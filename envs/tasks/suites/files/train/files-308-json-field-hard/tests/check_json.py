import json
import sys

wanted = json.loads("{\"name\": \"cedar\", \"mode\": \"lotus\", \"owner\": {\"name\": \"walnut\", \"team\": \"river\"}, \"limits\": {\"cpu\": 4131, \"memory\": 5132}}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)
