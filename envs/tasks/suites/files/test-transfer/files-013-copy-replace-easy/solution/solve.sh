#!/usr/bin/env bash
cp /workspace/falcon.txt /workspace/pepper.txt && sed -i 's/cloud/timber/g' /workspace/pepper.txt
