#!/usr/bin/env bash
cp /workspace/falcon.txt /workspace/pepper.txt && sed -i 's/velvet/walnut/g' /workspace/pepper.txt
