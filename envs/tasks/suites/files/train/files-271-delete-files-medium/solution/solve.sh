#!/usr/bin/env bash
rm /workspace/jasper.txt /workspace/lantern.txt /workspace/garnet.txt
