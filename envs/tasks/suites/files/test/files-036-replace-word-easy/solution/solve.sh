#!/usr/bin/env bash
sed -i 's/lemon/olive/g' /workspace/brick.txt
