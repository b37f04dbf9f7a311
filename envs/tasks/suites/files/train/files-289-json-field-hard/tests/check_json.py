import json
import sys

wanted = json.loads("{\"name\": \"tiger\", \"port\": 5607, \"mode\": \"apple\", \"owner\": {\"name\": \"olive\", \"team\": \"timber\"}, \"limits\": {\"cpu\": 3531, \"memory\": 6193}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)
