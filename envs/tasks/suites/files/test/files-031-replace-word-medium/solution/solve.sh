#!/usr/bin/env bash
sed -i 's/kettle/brick/g' /workspace/mango.txt
