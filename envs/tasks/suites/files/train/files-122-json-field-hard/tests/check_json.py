import json
import sys

wanted = json.loads("{\"port\": 4130, \"mode\": \"frost\", \"retries\": 1096, \"owner\": {\"name\": \"mango\", \"team\": \"willow\"}, \"limits\": {\"cpu\": 3547, \"memory\": 6620}}")
try:
    with open('/workspace/app.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)
