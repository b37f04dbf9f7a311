#!/usr/bin/env bash
cp /workspace/maple.txt /workspace/falcon.txt && printf '%s\n' 'nectar 794' 'ember 657' >> /workspace/falcon.txt
