#!/usr/bin/env bash
sed -i 's/cedar/walnut/g' /workspace/garnet.txt /workspace/kettle.txt
