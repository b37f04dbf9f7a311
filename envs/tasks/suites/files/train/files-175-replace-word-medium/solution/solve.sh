#!/usr/bin/env bash
sed -i 's/tiger/kettle/g' /workspace/jasper.txt
