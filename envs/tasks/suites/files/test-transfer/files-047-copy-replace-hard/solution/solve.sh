#!/usr/bin/env bash
cp /workspace/saddle.txt /workspace/coral.txt && sed -i 's/willow/cloud/g' /workspace/coral.txt
