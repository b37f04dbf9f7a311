#!/usr/bin/env bash
sed -i 's/lemon/walnut/g' /workspace/lotus.txt /workspace/mango.txt
