#!/usr/bin/env bash
sed -i 's/cobalt/walnut/g' /workspace/river.txt /workspace/cobalt.txt
