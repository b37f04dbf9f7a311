#!/usr/bin/env bash
rm /workspace/nectar.txt /workspace/garnet.txt /workspace/amber.txt
