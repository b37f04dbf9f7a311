#!/usr/bin/env bash
cp /workspace/lotus.txt /workspace/harbor.txt && sed -i 's/pepper/tiger/g' /workspace/harbor.txt
