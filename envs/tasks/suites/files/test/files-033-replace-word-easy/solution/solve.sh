#!/usr/bin/env bash
sed -i 's/lemon/frost/g' /workspace/lotus.txt
